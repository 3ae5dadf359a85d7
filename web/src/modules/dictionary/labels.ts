// A dictionary entry's name in the current UI language (the English one falls back to Chinese).
export function localized(locale: string, zh: string | null | undefined, en: string | null | undefined): string {
  return locale === 'en-US' && en ? en : (zh ?? '')
}

export const CODE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/
