import { describe, expect, it } from 'vitest'
import type { ListParams, PageResult } from '@/api/types'
import { usePagedList } from './usePagedList'

/** A list of `rows` rows whose server caps its total at `cap` past the page's start, recording each request. */
function server(rows: number, cap: number) {
  const asked: ListParams[] = []
  const fetchPage = async (_filters: object, params: ListParams): Promise<PageResult<number>> => {
    asked.push(params)
    const page = params.page ?? 1
    const size = params.size ?? 20
    const from = (page - 1) * size
    const items = Array.from({ length: Math.max(0, Math.min(size, rows - from)) }, (_, i) => from + i)
    const limit = from + cap
    return {
      items,
      page,
      size,
      hasMore: from + size < rows,
      total: params.total ? Math.min(rows, limit) : null,
      totalCapped: params.total ? rows > limit : false,
    }
  }
  return { asked, fetchPage }
}

describe('paged list', () => {
  it('asks for the total when loading, not for another page of an exactly counted list', async () => {
    const { asked, fetchPage } = server(45, 1000)
    const list = usePagedList(fetchPage, {}, { size: 20 })
    await list.load()
    list.onPageChange(2)
    await new Promise((r) => setTimeout(r))
    expect(asked.map((p) => p.total)).toEqual([true, false])
    expect(list.total.value).toBe(45)
    expect(list.items.value[0]).toBe(20)
  })

  it('asks again when the total stopped counting, so that it grows with the page', async () => {
    const { asked, fetchPage } = server(5000, 1000)
    const list = usePagedList(fetchPage, {}, { size: 20 })
    await list.load()
    expect(list.total.value).toBe(1000)
    expect(list.totalCapped.value).toBe(true)
    list.onPageChange(50)
    await new Promise((r) => setTimeout(r))
    expect(asked.map((p) => p.total)).toEqual([true, true])
    expect(list.total.value).toBe(1980)
  })
})
