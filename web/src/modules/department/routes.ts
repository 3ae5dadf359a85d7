import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: 'admin/departments',
    name: 'departments',
    component: () => import('./views/DepartmentsView.vue'),
    meta: { titleKey: 'menu.departments', allowed: (auth) => auth.can('department', 'VIEW') },
  },
]

export default routes
