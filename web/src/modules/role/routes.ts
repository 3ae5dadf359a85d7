import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: 'admin/roles',
    name: 'roles',
    component: () => import('./views/RolesView.vue'),
    meta: { titleKey: 'menu.roles', allowed: (auth) => auth.can('role', 'VIEW') },
  },
  {
    path: 'admin/roles/new',
    name: 'role-new',
    component: () => import('./views/RoleEditView.vue'),
    meta: { titleKey: 'role.createTitle', allowed: (auth) => auth.can('role', 'CREATE') },
  },
  {
    path: 'admin/roles/:id(\\d+)',
    name: 'role-edit',
    component: () => import('./views/RoleEditView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'role.editTitle', allowed: (auth) => auth.can('role', 'VIEW') },
  },
]

export default routes
