import { http, cleanParams } from '@/api/http'
import { ifMatch } from '@/api/etag'
import type { Catalog, ListParams, PageResult, RoleView, SaveRoleRequest } from '@/api/types'

const BASE = '/api/v1/roles'

export interface RoleFilters {
  q: string
}

/** Roles of the company, the built-in administrator first. */
export async function listRoles(filters: RoleFilters, params: ListParams): Promise<PageResult<RoleView>> {
  return (await http.get<PageResult<RoleView>>(BASE, { params: cleanParams({ ...filters, ...params }) })).data
}

export async function getRole(id: number): Promise<RoleView> {
  return (await http.get<RoleView>(`${BASE}/${id}`)).data
}

export async function createRole(request: SaveRoleRequest): Promise<RoleView> {
  return (await http.post<RoleView>(BASE, request)).data
}

/** Full replacement of name, description, matrix and field policies. */
export async function updateRole(id: number, request: SaveRoleRequest, version: number): Promise<RoleView> {
  return (await http.put<RoleView>(`${BASE}/${id}`, request, { headers: ifMatch(version) })).data
}

export async function deleteRole(id: number, version: number): Promise<void> {
  await http.delete(`${BASE}/${id}`, { headers: ifMatch(version) })
}

/** Modules, operations, scopes and policed fields, labelled in the caller's language. */
export async function fetchCatalog(): Promise<Catalog> {
  return (await http.get<Catalog>('/api/v1/permission-catalog')).data
}
