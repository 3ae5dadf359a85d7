import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import './meta'
import MainLayout from '@/layouts/MainLayout.vue'
import authRoutes from '@/modules/auth/routes'
import homeRoutes from '@/modules/home/routes'
import departmentRoutes from '@/modules/department/routes'
import userRoutes from '@/modules/user/routes'
import roleRoutes from '@/modules/role/routes'
import companyRoutes from '@/modules/company/routes'
import dictionaryRoutes from '@/modules/dictionary/routes'
import loginlogRoutes from '@/modules/loginlog/routes'
import recyclebinRoutes from '@/modules/recyclebin/routes'
import meRoutes from '@/modules/me/routes'
import customerRoutes from '@/modules/customer/routes'
import contactRoutes from '@/modules/contact/routes'
import followUpRoutes from '@/modules/followup/routes'
import poolRoutes from '@/modules/pool/routes'
import { installGuards } from './guard'

const routes: RouteRecordRaw[] = [
  ...authRoutes,
  {
    path: '/',
    component: MainLayout,
    children: [
      ...homeRoutes,
      ...customerRoutes,
      ...poolRoutes,
      ...contactRoutes,
      ...followUpRoutes,
      ...departmentRoutes,
      ...userRoutes,
      ...roleRoutes,
      ...companyRoutes,
      ...dictionaryRoutes,
      ...loginlogRoutes,
      ...recyclebinRoutes,
      ...meRoutes,
      {
        path: 'forbidden',
        name: 'forbidden',
        component: () => import('@/layouts/ForbiddenView.vue'),
        meta: { titleKey: 'error.forbiddenTitle' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/layouts/NotFoundView.vue'),
        meta: { titleKey: 'error.notFoundTitle' },
      },
    ],
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
})

installGuards(router)
