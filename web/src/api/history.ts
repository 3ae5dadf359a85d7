import { http } from './http'
import type { HistoryEntry, PageResult } from './types'

/** Field-level change history of one record, newest first. */
export async function fetchHistory(type: string, id: number, page = 1, size = 20): Promise<PageResult<HistoryEntry>> {
  return (await http.get<PageResult<HistoryEntry>>(`/api/v1/history/${encodeURIComponent(type)}/${id}`, {
    params: { page, size },
  })).data
}
