import { http, cleanParams } from '@/api/http'
import { ifMatch } from '@/api/etag'
import type { CustomerView, ListParams, PageResult, PoolRulesOutcome, PoolView, SavePoolRequest } from '@/api/types'

const BASE = '/api/v1/customer-pools'

export async function listPools(): Promise<PoolView[]> {
  return (await http.get<PoolView[]>(BASE)).data
}

export async function getPool(id: number): Promise<PoolView> {
  return (await http.get<PoolView>(`${BASE}/${id}`)).data
}

export async function createPool(request: SavePoolRequest): Promise<PoolView> {
  return (await http.post<PoolView>(BASE, request)).data
}

export async function updatePool(id: number, request: SavePoolRequest, version: number): Promise<PoolView> {
  return (await http.put<PoolView>(`${BASE}/${id}`, request, { headers: ifMatch(version) })).data
}

export async function deletePool(id: number, version: number): Promise<void> {
  await http.delete(`${BASE}/${id}`, { headers: ifMatch(version) })
}

export async function runPoolRules(): Promise<PoolRulesOutcome> {
  return (await http.post<PoolRulesOutcome>(`${BASE}/rules/run`)).data
}

export async function poolCustomers(poolId: number, q: string, params: ListParams): Promise<PageResult<CustomerView>> {
  return (await http.get<PageResult<CustomerView>>(`${BASE}/${poolId}/customers`, { params: cleanParams({ q, ...params }) })).data
}
