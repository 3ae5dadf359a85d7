// Saved views of list screens (filters, columns, sort under a name) and pinning them to the home page.
import { http } from './http'
import { ifMatch } from './etag'
import type { SavedView, SaveViewRequest } from './types'

const BASE = '/api/v1/saved-views'

export async function listSavedViews(list: string): Promise<SavedView[]> {
  return (await http.get<SavedView[]>(BASE, { params: { list } })).data
}

export async function pinnedViews(): Promise<SavedView[]> {
  return (await http.get<SavedView[]>(`${BASE}/pinned`)).data
}

export async function createSavedView(request: SaveViewRequest): Promise<SavedView> {
  return (await http.post<SavedView>(BASE, request)).data
}

export async function updateSavedView(id: number, request: SaveViewRequest, version: number): Promise<SavedView> {
  return (await http.put<SavedView>(`${BASE}/${id}`, request, { headers: ifMatch(version) })).data
}

export async function deleteSavedView(id: number): Promise<void> {
  await http.delete(`${BASE}/${id}`)
}

export async function pinView(id: number): Promise<void> {
  await http.post(`${BASE}/${id}/pin`)
}

export async function unpinView(id: number): Promise<void> {
  await http.delete(`${BASE}/${id}/pin`)
}
