import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: 'admin/recycle-bin',
    name: 'recycle-bin',
    component: () => import('./views/RecycleBinView.vue'),
    meta: { titleKey: 'menu.recycleBin', allowed: (auth) => auth.recycleBin },
  },
]

export default routes
