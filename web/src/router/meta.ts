import type { AuthStore } from '@/stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title */
    titleKey?: string
    /** reachable without signing in */
    public?: boolean
    /** who may open the page (the menu uses the same rule) */
    allowed?: (auth: AuthStore) => boolean
  }
}

export {}
