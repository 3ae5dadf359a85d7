import { http, cleanParams } from '@/api/http'
import type { ListParams, PageResult, RecycleEntry } from '@/api/types'

const BASE = '/api/v1/recycle-bin'

/** A kind of record the caller may find in the bin, labelled by the server in the UI language. */
export interface RecycleType {
  key: string
  label: string
}

export async function recycleTypes(): Promise<RecycleType[]> {
  return (await http.get<RecycleType[]>(`${BASE}/types`)).data
}

export interface RecycleFilters {
  type: string
  q: string
}

export async function listRecycleBin(filters: RecycleFilters, params: ListParams): Promise<PageResult<RecycleEntry>> {
  return (await http.get<PageResult<RecycleEntry>>(BASE, { params: cleanParams({ ...filters, ...params }) })).data
}

export async function restoreEntry(id: number): Promise<void> {
  await http.post(`${BASE}/${id}/restore`)
}

/** Removes the record for good (its history stays). */
export async function purgeEntry(id: number): Promise<void> {
  await http.delete(`${BASE}/${id}`)
}
