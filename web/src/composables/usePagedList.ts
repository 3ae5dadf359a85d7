// A paged, sortable, filterable list with loading and error state (page from 1, with its total).
import { reactive, ref, shallowRef } from 'vue'
import type { ListParams, PageResult } from '@/api/types'
import { problemOf, messageOf } from './showError'

export interface PagedListOptions {
  size?: number
  sort?: string
}

export function usePagedList<T, F extends object>(
  fetchPage: (filters: F, params: ListParams) => Promise<PageResult<T>>,
  initialFilters: F,
  options: PagedListOptions = {},
) {
  const filters = reactive({ ...initialFilters }) as F
  const items = shallowRef<T[]>([])
  const total = ref(0)
  /** The server stopped counting at `total`: there are more. */
  const totalCapped = ref(false)
  const page = ref(1)
  const size = ref(options.size ?? 20)
  const sort = ref<string | undefined>(options.sort)
  const loading = ref(false)
  const error = ref<string | null>(null)
  let request = 0

  /**
   * Loads the current page. The total is asked for unless only the page changed and the total known is
   * exact: counting costs the server more than a page, and another page of the same list has the same
   * total (a capped one grows with the page, so it is asked for again).
   */
  async function fetchWith(withTotal: boolean): Promise<void> {
    const mine = ++request
    loading.value = true
    error.value = null
    try {
      const result = await fetchPage({ ...filters } as F, {
        page: page.value,
        size: size.value,
        sort: sort.value,
        total: withTotal,
      })
      if (mine !== request) return
      items.value = result.items
      if (withTotal) {
        total.value = result.total ?? (page.value - 1) * size.value + result.items.length + (result.hasMore ? 1 : 0)
        totalCapped.value = result.totalCapped === true
      }
      if (result.items.length === 0 && page.value > 1 && total.value > 0) {
        page.value = Math.max(1, Math.ceil(total.value / size.value))
        await fetchWith(true)
      }
    } catch (e) {
      if (mine !== request) return
      error.value = messageOf(problemOf(e))
      items.value = []
    } finally {
      if (mine === request) loading.value = false
    }
  }

  /** Loads the current page with its total (also an event handler: it takes no arguments). */
  function load(): Promise<void> {
    return fetchWith(true)
  }

  /** Apply changed filters from the first page. */
  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  function reset(): Promise<void> {
    Object.assign(filters, initialFilters)
    return search()
  }

  /** el-table @sort-change: prop and order ('ascending' | 'descending' | null). */
  function onSortChange({ prop, order }: { prop: string | null; order: string | null }): void {
    sort.value = prop && order ? `${prop},${order === 'ascending' ? 'asc' : 'desc'}` : options.sort
    void search()
  }

  function onPageChange(next: number): void {
    page.value = next
    void fetchWith(totalCapped.value)
  }

  function onSizeChange(next: number): void {
    size.value = next
    void search()
  }

  return { filters, items, total, totalCapped, page, size, sort, loading, error, load, search, reset, onSortChange, onPageChange, onSizeChange }
}
