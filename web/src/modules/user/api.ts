import { http, cleanParams } from '@/api/http'
import { ifMatch } from '@/api/etag'
import type {
  CreateUserRequest, ListParams, MoveUserRequest, PageResult, RoleView, UpdateUserRequest, UserStatus, UserView,
} from '@/api/types'

const BASE = '/api/v1/users'

export interface UserFilters {
  q: string
  departmentId: number | null
  includeSubDepartments: boolean
  status: UserStatus | ''
  roleId: number | null
}

export async function listUsers(filters: UserFilters, params: ListParams): Promise<PageResult<UserView>> {
  return (await http.get<PageResult<UserView>>(BASE, { params: cleanParams({ ...filters, ...params }) })).data
}

export async function getUser(id: number): Promise<UserView> {
  return (await http.get<UserView>(`${BASE}/${id}`)).data
}

export async function createUser(request: CreateUserRequest): Promise<UserView> {
  return (await http.post<UserView>(BASE, request)).data
}

/** Profile patch: leave a field out to keep it, send "" to clear it. */
export async function updateUser(id: number, patch: UpdateUserRequest, version: number): Promise<UserView> {
  return (await http.patch<UserView>(`${BASE}/${id}`, patch, { headers: ifMatch(version) })).data
}

export async function moveUser(id: number, request: Omit<MoveUserRequest, 'version'>, version: number): Promise<UserView> {
  return (await http.post<UserView>(`${BASE}/${id}/move`, request, { headers: ifMatch(version) })).data
}

export async function changeUserStatus(id: number, status: UserStatus, version: number): Promise<UserView> {
  return (await http.post<UserView>(`${BASE}/${id}/status`, { status }, { headers: ifMatch(version) })).data
}

export async function resetUserPassword(id: number, password: string): Promise<void> {
  await http.post(`${BASE}/${id}/password`, { password })
}

export async function changeUserRoles(id: number, roleIds: number[], version: number): Promise<UserView> {
  return (await http.put<UserView>(`${BASE}/${id}/roles`, { roleIds }, { headers: ifMatch(version) })).data
}

export async function deleteUser(id: number, version: number): Promise<void> {
  await http.delete(`${BASE}/${id}`, { headers: ifMatch(version) })
}

/** Every role for the role pickers (a company has far fewer than 200). */
export async function roleOptions(): Promise<{ id: number; name: string; builtin: boolean }[]> {
  const page = (await http.get<PageResult<RoleView>>('/api/v1/roles', { params: { page: 1, size: 200 } })).data
  return page.items.map((r) => ({ id: r.id, name: r.name, builtin: r.builtin }))
}
