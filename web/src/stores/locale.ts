// The interface language: vue-i18n, Element Plus, <html lang>, localStorage and the user's profile.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { http } from '@/api/http'
import { i18n } from '@/i18n'
import { elementLocale } from '@/i18n/element'
import { isAppLocale, storeLocale, storedLocale, type AppLocale } from '@/i18n/locales'

const EXPLICIT_KEY = 'kezhi.locale.explicit'

function apply(locale: AppLocale) {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}

export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<AppLocale>(storedLocale())
  apply(locale.value)
  const element = computed(() => elementLocale(locale.value))

  /** The user picked a language: remember it here and, when signed in, in the profile. */
  async function choose(next: AppLocale, signedIn: boolean): Promise<void> {
    locale.value = next
    apply(next)
    storeLocale(next)
    try {
      localStorage.setItem(EXPLICIT_KEY, '1')
    } catch {
      // ignore
    }
    if (signedIn) await saveToProfile(next)
  }

  async function saveToProfile(next: AppLocale): Promise<void> {
    try {
      await http.put('/api/v1/me/locale', { locale: next })
    } catch {
      // the language still applies in this browser; the profile keeps the old one
    }
  }

  /**
   * After sign-in: a language chosen in this browser wins (and is saved to the profile);
   * otherwise the profile's language is used.
   */
  async function reconcile(profileLocale: string | null | undefined): Promise<void> {
    let explicit = false
    try {
      explicit = localStorage.getItem(EXPLICIT_KEY) === '1'
    } catch {
      // ignore
    }
    if (explicit) {
      if (profileLocale !== locale.value) await saveToProfile(locale.value)
    } else if (isAppLocale(profileLocale) && profileLocale !== locale.value) {
      locale.value = profileLocale
      apply(profileLocale)
      storeLocale(profileLocale)
    }
  }

  return { locale, element, choose, reconcile }
})
