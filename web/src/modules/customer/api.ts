import { http, cleanParams } from '@/api/http'
import { ifMatch } from '@/api/etag'
import type {
  BatchOutcome, CreateCustomerRequest, CustomerDetail, CustomerOverview, CustomerSettingsView, CustomerView,
  HandOverOutcome, HandOverRequest, HandOverSummary, ListParams, MergeCustomersRequest, MergeView, PageResult,
  PossibleDuplicate, StatsDistribution, TimelinePage, TransferCustomersRequest, UpdateCustomerRequest,
} from '@/api/types'
import type { CustomerQuery } from './filters'

const BASE = '/api/v1/customers'

export async function listCustomers(query: CustomerQuery, params: ListParams): Promise<PageResult<CustomerView>> {
  return (await http.get<PageResult<CustomerView>>(BASE, { params: cleanParams({ ...query, ...params }) })).data
}

export async function getCustomer(id: number): Promise<CustomerDetail> {
  return (await http.get<CustomerDetail>(`${BASE}/${id}`)).data
}

export async function createCustomer(request: CreateCustomerRequest): Promise<CustomerView> {
  return (await http.post<CustomerView>(BASE, request)).data
}

/** Patch: leave a field out to keep it, send "" to clear an optional text. */
export async function updateCustomer(id: number, patch: UpdateCustomerRequest, version: number): Promise<CustomerView> {
  return (await http.patch<CustomerView>(`${BASE}/${id}`, patch, { headers: ifMatch(version) })).data
}

export async function deleteCustomer(id: number, version: number): Promise<void> {
  await http.delete(`${BASE}/${id}`, { headers: ifMatch(version) })
}

export async function findDuplicates(request: CreateCustomerRequest, excludeId?: number): Promise<PossibleDuplicate[]> {
  return (await http.post<PossibleDuplicate[]>(`${BASE}/duplicates`, request, { params: cleanParams({ excludeId }) })).data
}

export async function deleteCustomers(ids: number[]): Promise<BatchOutcome> {
  return (await http.post<BatchOutcome>(`${BASE}/batch/delete`, { ids })).data
}

export async function tagCustomers(ids: number[], add: string[], remove: string[]): Promise<BatchOutcome> {
  return (await http.post<BatchOutcome>(`${BASE}/batch/tag`, { ids, add, remove })).data
}

export async function assignCustomers(ids: number[], toUserId: number): Promise<BatchOutcome> {
  return (await http.post<BatchOutcome>(`${BASE}/batch/assign`, { ids, toUserId })).data
}

export async function transferCustomers(request: TransferCustomersRequest): Promise<BatchOutcome> {
  return (await http.post<BatchOutcome>(`${BASE}/batch/transfer`, request)).data
}

export async function returnCustomers(ids: number[], reason: string): Promise<BatchOutcome> {
  return (await http.post<BatchOutcome>(`${BASE}/batch/return`, { ids, reason })).data
}

export async function claimCustomers(ids: number[]): Promise<BatchOutcome> {
  return (await http.post<BatchOutcome>(`${BASE}/batch/claim`, { ids })).data
}

export async function handOverSummary(fromUserId: number): Promise<HandOverSummary> {
  return (await http.get<HandOverSummary>(`${BASE}/hand-over/${fromUserId}`)).data
}

export async function handOver(request: HandOverRequest): Promise<HandOverOutcome> {
  return (await http.post<HandOverOutcome>(`${BASE}/hand-over`, request)).data
}

export async function mergeCustomers(request: MergeCustomersRequest, version: number): Promise<CustomerView> {
  return (await http.post<CustomerView>(`${BASE}/merge`, request, { headers: ifMatch(version) })).data
}

export async function listMerges(id: number): Promise<MergeView[]> {
  return (await http.get<MergeView[]>(`${BASE}/${id}/merges`)).data
}

export async function undoMerge(mergeId: number): Promise<CustomerView> {
  return (await http.post<CustomerView>(`/api/v1/customer-merges/${mergeId}/undo`)).data
}

export async function getOverview(id: number): Promise<CustomerOverview> {
  return (await http.get<CustomerOverview>(`${BASE}/${id}/overview`)).data
}

export async function getTimeline(id: number, before: string | null, size = 20): Promise<TimelinePage> {
  return (await http.get<TimelinePage>(`${BASE}/${id}/timeline`, { params: cleanParams({ before, size }) })).data
}

export async function customerStats(by: string, query: CustomerQuery = {}): Promise<StatsDistribution> {
  return (await http.get<StatsDistribution>(`${BASE}/stats`, { params: cleanParams({ ...query, by }) })).data
}

export async function getCustomerSettings(): Promise<CustomerSettingsView> {
  return (await http.get<CustomerSettingsView>('/api/v1/customer-settings')).data
}

export async function saveCustomerSettings(duplicateMode: 'WARN' | 'BLOCK'): Promise<CustomerSettingsView> {
  return (await http.put<CustomerSettingsView>('/api/v1/customer-settings', { duplicateMode })).data
}
