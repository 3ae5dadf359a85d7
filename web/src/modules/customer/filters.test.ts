import { describe, expect, it } from 'vitest'
import { activeFilterCount, emptyFilters, fromQuery, toQuery } from './filters'
import { DEFAULT_COLUMNS, normalizeColumns, sortParam, tableSort } from './columns'

describe('customer filters ↔ query', () => {
  it('leaves empty filters out', () => {
    expect(toQuery(emptyFilters())).toEqual({})
    expect(activeFilterCount(emptyFilters())).toBe(0)
  })

  it('turns every filter into the endpoint parameters', () => {
    const filters = emptyFilters()
    filters.q = '  tyh '
    filters.departmentId = 5
    filters.includeSubDepartments = false
    filters.status = ['ACTIVE']
    filters.valueClass = ['KEY', 'MAJOR']
    filters.region = ['110000', '110100']
    filters.staleDays = 30
    filters.created = [new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z')]
    filters.nextFollowUpBefore = new Date('2026-03-01T00:00:00Z')
    expect(toQuery(filters)).toEqual({
      q: 'tyh',
      departmentId: 5,
      includeSubDepartments: false,
      status: ['ACTIVE'],
      valueClass: ['KEY', 'MAJOR'],
      provinceCode: '110000',
      cityCode: '110100',
      staleDays: 30,
      createdFrom: '2026-01-01T00:00:00.000Z',
      createdTo: '2026-02-01T00:00:00.000Z',
      nextFollowUpTo: '2026-03-01T00:00:00.000Z',
    })
    expect(activeFilterCount(filters)).toBe(8)
  })

  it('reads a saved query back into the same filters', () => {
    const filters = emptyFilters()
    filters.mine = true
    filters.ownerId = 9
    filters.source = ['web', 'phone']
    filters.tag = 'VIP'
    filters.region = ['440000', '440300', '440305']
    filters.created = [new Date('2026-01-01T00:00:00Z'), new Date('2026-01-31T00:00:00Z')]
    const stored = JSON.parse(JSON.stringify(toQuery(filters)))
    expect(fromQuery(stored)).toEqual(filters)
  })

  it('accepts strings and comma lists and ignores what it does not know', () => {
    const filters = fromQuery({ staleDays: '7', status: 'ACTIVE,NORMAL', cityCode: '110100', bogus: 1 })
    expect(filters.staleDays).toBe(7)
    expect(filters.status).toEqual(['ACTIVE', 'NORMAL'])
    expect(filters.region).toEqual([]) // a city without its province is not a cascader value
  })
})

describe('customer columns and sort', () => {
  it('keeps known columns in list order and falls back to the defaults', () => {
    expect(normalizeColumns(['updatedAt', 'phone', 'nope'])).toEqual(['phone', 'updatedAt'])
    expect(normalizeColumns([])).toEqual(DEFAULT_COLUMNS)
  })

  it('maps table sorting to the server and back', () => {
    expect(sortParam('lastFollowUpAt', 'descending')).toBe('lastFollowUpAt,desc')
    expect(sortParam('name', 'ascending')).toBe('name,asc')
    expect(sortParam('ownerName', 'ascending')).toBeUndefined()
    expect(sortParam('name', null)).toBeUndefined()
    expect(tableSort('points,asc')).toEqual({ prop: 'points', order: 'ascending' })
    expect(tableSort('x,asc')).toBeUndefined()
  })
})
