import { http, cleanParams } from '@/api/http'
import { ifMatch } from '@/api/etag'
import type { ContactView, CreateContactRequest, ListParams, PageResult, UpdateContactRequest } from '@/api/types'

export interface ContactFilters {
  q: string
  decisionRole: string
  primaryOnly: boolean
}

export async function listContacts(filters: ContactFilters, params: ListParams): Promise<PageResult<ContactView>> {
  const query = { ...filters, primaryOnly: filters.primaryOnly || undefined }
  return (await http.get<PageResult<ContactView>>('/api/v1/contacts', { params: cleanParams({ ...query, ...params }) })).data
}

export async function contactsOf(customerId: number, params: ListParams): Promise<PageResult<ContactView>> {
  return (await http.get<PageResult<ContactView>>(`/api/v1/customers/${customerId}/contacts`, { params: cleanParams({ ...params }) })).data
}

export async function createContact(customerId: number, request: CreateContactRequest): Promise<ContactView> {
  return (await http.post<ContactView>(`/api/v1/customers/${customerId}/contacts`, request)).data
}

export async function updateContact(id: number, patch: UpdateContactRequest, version: number): Promise<ContactView> {
  return (await http.patch<ContactView>(`/api/v1/contacts/${id}`, patch, { headers: ifMatch(version) })).data
}

export async function deleteContact(id: number, version: number): Promise<void> {
  await http.delete(`/api/v1/contacts/${id}`, { headers: ifMatch(version) })
}
