import { http } from '@/api/http'
import { ifMatch } from '@/api/etag'
import type { CreateDepartmentRequest, DepartmentView, PageResult, UpdateDepartmentRequest, UserView } from '@/api/types'

const BASE = '/api/v1/departments'

/** The departments the caller may view, parents first. */
export async function listDepartments(): Promise<DepartmentView[]> {
  return (await http.get<DepartmentView[]>(BASE)).data
}

export async function createDepartment(request: CreateDepartmentRequest): Promise<DepartmentView> {
  return (await http.post<DepartmentView>(BASE, request)).data
}

export async function updateDepartment(id: number, patch: UpdateDepartmentRequest, version: number): Promise<DepartmentView> {
  return (await http.patch<DepartmentView>(`${BASE}/${id}`, patch, { headers: ifMatch(version) })).data
}

export async function moveDepartment(id: number, parentId: number, version: number): Promise<DepartmentView> {
  return (await http.post<DepartmentView>(`${BASE}/${id}/move`, { parentId }, { headers: ifMatch(version) })).data
}

export async function deleteDepartment(id: number, version: number): Promise<void> {
  await http.delete(`${BASE}/${id}`, { headers: ifMatch(version) })
}

/** Members of one department (optionally with its sub-departments). */
export async function departmentMembers(
  departmentId: number,
  includeSubDepartments: boolean,
  page: number,
  size: number,
): Promise<PageResult<UserView>> {
  return (
    await http.get<PageResult<UserView>>('/api/v1/users', {
      params: { departmentId, includeSubDepartments, page, size, total: true, sort: 'displayName,asc' },
    })
  ).data
}
