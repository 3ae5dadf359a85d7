import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  { path: 'me', name: 'me', component: () => import('./views/PersonalSettingsView.vue'), meta: { titleKey: 'me.title' } },
]

export default routes
