import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: 'customers',
    name: 'customers',
    component: () => import('./views/CustomersView.vue'),
    meta: { titleKey: 'menu.customers', allowed: (auth) => auth.can('customer', 'VIEW') },
  },
  {
    path: 'customers/analysis',
    name: 'customer-analysis',
    component: () => import('./views/CustomerAnalysisView.vue'),
    meta: { titleKey: 'menu.customerAnalysis', allowed: (auth) => auth.can('customer', 'VIEW') },
  },
  {
    path: 'customers/:id(\\d+)',
    name: 'customer',
    component: () => import('./views/CustomerDetailView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { titleKey: 'customer.detailTitle', allowed: (auth) => auth.can('customer', 'VIEW') },
  },
]

export default routes
