import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: 'contacts',
    name: 'contacts',
    component: () => import('./views/ContactsView.vue'),
    meta: { titleKey: 'menu.contacts', allowed: (auth) => auth.can('customer', 'VIEW') },
  },
]

export default routes
