import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: 'admin/users',
    name: 'users',
    component: () => import('./views/UsersView.vue'),
    meta: { titleKey: 'menu.users', allowed: (auth) => auth.can('user', 'VIEW') },
  },
]

export default routes
