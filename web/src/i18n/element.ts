import zhCn from 'element-plus/es/locale/lang/zh-cn'
import en from 'element-plus/es/locale/lang/en'
import type { AppLocale } from './locales'

/** Element Plus's own texts (pagination, date pickers, empty tables) for a UI language. */
export function elementLocale(locale: AppLocale) {
  return locale === 'en-US' ? en : zhCn
}
