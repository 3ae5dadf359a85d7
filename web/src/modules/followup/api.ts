import { http, cleanParams } from '@/api/http'
import { ifMatch } from '@/api/etag'
import type { CreateFollowUpRequest, FollowUpView, ListParams, PageResult, UpdateFollowUpRequest } from '@/api/types'

export interface FollowUpFilters {
  mine: boolean
  authorId: number | null
  followType: string
  range: [Date, Date] | null
}

export async function listFollowUps(filters: FollowUpFilters, params: ListParams): Promise<PageResult<FollowUpView>> {
  const query = {
    mine: filters.mine || undefined,
    authorId: filters.authorId,
    followType: filters.followType,
    from: filters.range?.[0]?.toISOString(),
    to: filters.range?.[1]?.toISOString(),
  }
  return (await http.get<PageResult<FollowUpView>>('/api/v1/follow-ups', { params: cleanParams({ ...query, ...params }) })).data
}

export async function followUpsOf(customerId: number, params: ListParams): Promise<PageResult<FollowUpView>> {
  return (await http.get<PageResult<FollowUpView>>(`/api/v1/customers/${customerId}/follow-ups`, { params: cleanParams({ ...params }) })).data
}

export async function createFollowUp(customerId: number, request: CreateFollowUpRequest): Promise<FollowUpView> {
  return (await http.post<FollowUpView>(`/api/v1/customers/${customerId}/follow-ups`, request)).data
}

export async function updateFollowUp(id: number, patch: UpdateFollowUpRequest, version: number): Promise<FollowUpView> {
  return (await http.patch<FollowUpView>(`/api/v1/follow-ups/${id}`, patch, { headers: ifMatch(version) })).data
}

export async function deleteFollowUp(id: number, version: number): Promise<void> {
  await http.delete(`/api/v1/follow-ups/${id}`, { headers: ifMatch(version) })
}
