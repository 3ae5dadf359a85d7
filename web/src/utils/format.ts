// Dates and times as yyyy-MM-dd HH:mm in the company's time zone; a list's total as a figure.
import type { PageResult } from '@/api/types'

let displayTimeZone: string | undefined

/** The company's time zone (from MeView); undefined means the browser's. */
export function setDisplayTimeZone(timeZone: string | undefined | null): void {
  displayTimeZone = timeZone || undefined
}

function parts(value: string | number | Date, timeZone: string | undefined): Record<string, string> | null {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return null
  let formatter: Intl.DateTimeFormat
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
  } catch {
    return parts(date, undefined)
  }
  return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]))
}

export function formatDateTime(
  value: string | number | Date | null | undefined,
  timeZone: string | undefined = displayTimeZone,
): string {
  if (value === null || value === undefined || value === '') return ''
  const p = parts(value, timeZone)
  if (!p) return ''
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

export function formatDate(
  value: string | number | Date | null | undefined,
  timeZone: string | undefined = displayTimeZone,
): string {
  return formatDateTime(value, timeZone).slice(0, 10)
}

/**
 * A list's total as a figure: "1,000+" when the server stopped counting (`totalCapped`), the exact
 * number otherwise (the page's rows when no total came back).
 */
export function totalLabel(page: Pick<PageResult<unknown>, 'items' | 'total' | 'totalCapped'>): string {
  const total = page.total ?? page.items.length
  return page.totalCapped ? `${total.toLocaleString('en-US')}+` : String(total)
}
