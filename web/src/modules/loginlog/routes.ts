import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: 'admin/login-history',
    name: 'login-history',
    component: () => import('./views/LoginHistoryView.vue'),
    meta: { titleKey: 'menu.loginHistory', allowed: (auth) => auth.can('loginlog', 'VIEW') },
  },
]

export default routes
