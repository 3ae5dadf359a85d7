import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: 'admin/dictionaries',
    name: 'dictionaries',
    component: () => import('./views/DictionariesView.vue'),
    meta: { titleKey: 'menu.dictionaries' },
  },
]

export default routes
