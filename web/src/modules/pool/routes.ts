import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: 'customer-pools',
    name: 'customer-pools',
    component: () => import('./views/PoolsView.vue'),
    meta: { titleKey: 'menu.customerPools', allowed: (auth) => auth.can('customer', 'VIEW') || auth.can('customerPool', 'VIEW') },
  },
]

export default routes
