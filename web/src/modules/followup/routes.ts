import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: 'follow-ups',
    name: 'follow-ups',
    component: () => import('./views/FollowUpsView.vue'),
    meta: { titleKey: 'menu.followUps', allowed: (auth) => auth.can('customer', 'VIEW') },
  },
]

export default routes
