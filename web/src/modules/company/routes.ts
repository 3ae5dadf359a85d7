import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: 'admin/company',
    name: 'company',
    component: () => import('./views/CompanyView.vue'),
    meta: { titleKey: 'menu.company', allowed: (auth) => auth.can('company', 'VIEW') },
  },
]

export default routes
