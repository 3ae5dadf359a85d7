import { describe, expect, it } from 'vitest'
import { emptyFilters } from './filters'
import { DEFAULT_COLUMNS } from './columns'
import { saveViewRequest, stateOfView } from './savedViewState'

describe('customer saved views', () => {
  it('saves filters as list parameters, the columns in list order and a valid sort', () => {
    const filters = emptyFilters()
    filters.valueClass = ['KEY']
    filters.staleDays = 30
    const request = saveViewRequest(' 重点客户 ', 'DEPARTMENT', { filters, columns: ['updatedAt', 'phone'], sort: 'updatedAt,desc' })
    expect(request).toEqual({
      list: 'customers',
      name: '重点客户',
      visibility: 'DEPARTMENT',
      filters: { valueClass: ['KEY'], staleDays: 30 },
      columns: ['phone', 'updatedAt'],
      sort: 'updatedAt,desc',
    })
  })

  it('restores what was saved and drops what the list no longer knows', () => {
    const state = stateOfView({ filters: { q: '天意', status: ['ACTIVE'] }, columns: ['gone'], sort: 'gone,asc' })
    expect(state.filters.q).toBe('天意')
    expect(state.filters.status).toEqual(['ACTIVE'])
    expect(state.columns).toEqual(DEFAULT_COLUMNS)
    expect(state.sort).toBeUndefined()
  })

  it('round-trips a view', () => {
    const filters = emptyFilters()
    filters.ownerId = 3
    filters.region = ['110000']
    const request = saveViewRequest('v', 'PRIVATE', { filters, columns: ['phone'], sort: 'name,asc' })
    expect(stateOfView({ filters: request.filters, columns: request.columns ?? [], sort: request.sort ?? '' })).toEqual({
      filters,
      columns: ['phone'],
      sort: 'name,asc',
    })
  })
})
