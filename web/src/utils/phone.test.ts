import { describe, expect, it } from 'vitest'
import { formatPhone } from './phone'

describe('formatPhone', () => {
  it('groups Chinese mobile numbers 3-4-4 without the country code', () => {
    expect(formatPhone('+8613812345678')).toBe('138 1234 5678')
  })

  it('writes Chinese landlines with their area code', () => {
    expect(formatPhone('+861012345678')).toBe('010-12345678')
    expect(formatPhone('+862187654321')).toBe('021-87654321')
    expect(formatPhone('+865718888999')).toBe('0571-8888999')
  })

  it('leaves other numbers as they are', () => {
    expect(formatPhone('+14155550100')).toBe('+14155550100')
    expect(formatPhone('12345')).toBe('12345')
    expect(formatPhone(null)).toBe('')
  })
})
