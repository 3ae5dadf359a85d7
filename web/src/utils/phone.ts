// Phones as the server stores them (E.164, e.g. +8613812345678), shown the way people read them.

export function formatPhone(value: string | null | undefined): string {
  if (!value) return ''
  const cn = /^\+86(\d+)$/.exec(value)
  if (!cn) return value
  const digits = cn[1]
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`
  // Landlines: Beijing, Shanghai... have 2-digit area codes after the 0, others 3.
  const area = /^(10|2\d)/.test(digits) ? 2 : 3
  return `0${digits.slice(0, area)}-${digits.slice(area)}`
}
