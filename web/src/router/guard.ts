import type { RouteLocationNormalized, Router } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { useLocaleStore } from '@/stores/locale'
import { t } from '@/i18n'
import { safeRedirect } from './redirect'

export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    if (!auth.checked) {
      try {
        if (await auth.load()) await useLocaleStore().reconcile(auth.me?.locale)
      } catch {
        // server unreachable: treat as signed out; the login page shows the error on submit
      }
    }
    if (to.meta.public) {
      if (to.name === 'login' && auth.signedIn) return safeRedirect(to.query.redirect)
      return true
    }
    if (!auth.signedIn) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
    }
    if (to.meta.allowed && !to.meta.allowed(auth)) {
      return { name: 'forbidden' }
    }
    return true
  })

  router.afterEach((to) => updateTitle(to))
}

/** The window title: page title and product name in the current language. */
export function updateTitle(route: RouteLocationNormalized): void {
  const title = route.meta.titleKey ? t(route.meta.titleKey) : ''
  document.title = title ? `${title} - ${t('app.name')}` : t('app.name')
}
