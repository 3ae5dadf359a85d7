import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, totalLabel } from './format'

describe('formatDateTime', () => {
  it('shows yyyy-MM-dd HH:mm in the given time zone', () => {
    expect(formatDateTime('2026-11-23T07:56:42.308Z', 'Asia/Shanghai')).toBe('2026-11-23 15:56')
    expect(formatDateTime('2026-01-01T00:05:00Z', 'UTC')).toBe('2026-01-01 00:05')
  })

  it('uses 24-hour time and pads', () => {
    expect(formatDateTime('2026-03-04T13:07:00Z', 'UTC')).toBe('2026-03-04 13:07')
  })

  it('is empty for missing or invalid values', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime(undefined)).toBe('')
    expect(formatDateTime('not a date')).toBe('')
  })

  it('falls back to the browser zone for an unknown zone', () => {
    expect(formatDateTime('2026-03-04T13:07:00Z', 'Nowhere/Never')).toMatch(/^2026-03-0\d \d\d:\d\d$/)
  })
})

describe('formatDate', () => {
  it('keeps the date part in the company zone', () => {
    expect(formatDate('2026-11-23T20:00:00Z', 'Asia/Shanghai')).toBe('2026-11-24')
  })
})

describe('totalLabel', () => {
  it('shows a total that stopped counting as a floor', () => {
    expect(totalLabel({ items: [1], total: 1000, totalCapped: true })).toBe('1,000+')
    expect(totalLabel({ items: [1], total: 942, totalCapped: false })).toBe('942')
    expect(totalLabel({ items: [1, 2], total: null })).toBe('2')
  })
})
