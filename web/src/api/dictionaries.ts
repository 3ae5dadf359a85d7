// Enabled dictionary values for selects, cached per list for the page's lifetime.
import { http } from './http'
import type { DictItemView } from './types'

const cache = new Map<string, Promise<DictItemView[]>>()

export function dictionaryItems(code: string): Promise<DictItemView[]> {
  let items = cache.get(code)
  if (!items) {
    items = http.get<DictItemView[]>(`/api/v1/dictionaries/${encodeURIComponent(code)}/items`).then((r) => r.data)
    items.catch(() => cache.delete(code))
    cache.set(code, items)
  }
  return items
}
