import { http } from '@/api/http'
import { ifMatch } from '@/api/etag'
import type {
  CreateDictItemRequest, CreateDictTypeRequest, DictItemView, DictTypeView, UpdateDictItemRequest, UpdateDictTypeRequest,
} from '@/api/types'

const BASE = '/api/v1/dictionaries'
const code = (c: string) => encodeURIComponent(c)

export async function listTypes(): Promise<DictTypeView[]> {
  return (await http.get<DictTypeView[]>(BASE)).data
}

export async function createType(request: CreateDictTypeRequest): Promise<DictTypeView> {
  return (await http.post<DictTypeView>(BASE, request)).data
}

export async function updateType(typeCode: string, patch: Omit<UpdateDictTypeRequest, 'version'>, version: number): Promise<DictTypeView> {
  return (await http.patch<DictTypeView>(`${BASE}/${code(typeCode)}`, patch, { headers: ifMatch(version) })).data
}

export async function listItems(typeCode: string): Promise<DictItemView[]> {
  return (await http.get<DictItemView[]>(`${BASE}/${code(typeCode)}/items`, { params: { includeDisabled: true } })).data
}

export async function createItem(typeCode: string, request: CreateDictItemRequest): Promise<DictItemView> {
  return (await http.post<DictItemView>(`${BASE}/${code(typeCode)}/items`, request)).data
}

export async function updateItem(typeCode: string, id: number, patch: Omit<UpdateDictItemRequest, 'version'>, version: number): Promise<DictItemView> {
  return (await http.patch<DictItemView>(`${BASE}/${code(typeCode)}/items/${id}`, patch, { headers: ifMatch(version) })).data
}

export async function deleteItem(typeCode: string, id: number, version: number): Promise<void> {
  await http.delete(`${BASE}/${code(typeCode)}/items/${id}`, { headers: ifMatch(version) })
}
