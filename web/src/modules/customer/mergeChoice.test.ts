import { describe, expect, it } from 'vitest'
import { conflictingFields, defaultChoices, mergeRequestValues, mergeValue } from './mergeChoice'

const survivor = { id: 1, name: '天意华', phone: '', points: 0, provinceCode: '110000', cityCode: '110100', districtCode: null, email: 'a@x.cn' }
const other = { id: 2, name: '天意华广告', phone: '+8613812345678', points: 12, provinceCode: '310000', cityCode: null, districtCode: null, email: 'a@x.cn' }

describe('merge field choice', () => {
  it('takes the survivor value unless it is empty, like the server', () => {
    const choices = defaultChoices(survivor, [other])
    expect(choices.name).toBe(1)
    expect(choices.phone).toBe(2)
    expect(choices.points).toBe(2)
    expect(choices.region).toBe(1)
    expect(choices.website).toBe(1)
  })

  it('treats the region as one value', () => {
    expect(mergeValue(survivor, 'region')).toBe('110000/110100')
    expect(mergeValue({ id: 3 }, 'region')).toBeNull()
  })

  it('asks only about fields that differ', () => {
    const fields = conflictingFields([survivor, other])
    expect(fields).toContain('name')
    expect(fields).toContain('region')
    expect(fields).not.toContain('email')
  })

  it('sends only choices among the customers being merged', () => {
    expect(mergeRequestValues({ name: 2, phone: 99, email: 1 }, [1, 2])).toEqual({ name: 2, email: 1 })
  })
})
