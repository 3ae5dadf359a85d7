// Real figures for the home page, each fetched only when the user may see it.
import { http } from '@/api/http'
import type { DepartmentView, LoginEntry, PageResult, RoleView, UserView } from '@/api/types'
import { totalLabel } from '@/utils/format'

export async function countUsers(): Promise<string> {
  return totalLabel((await http.get<PageResult<UserView>>('/api/v1/users', { params: { page: 1, size: 1, total: true } })).data)
}

export async function countDepartments(): Promise<string> {
  return String((await http.get<DepartmentView[]>('/api/v1/departments')).data.length)
}

export async function countRoles(): Promise<string> {
  return totalLabel((await http.get<PageResult<RoleView>>('/api/v1/roles', { params: { page: 1, size: 1, total: true } })).data)
}

export async function recentSignIns(size = 5): Promise<LoginEntry[]> {
  return (await http.get<PageResult<LoginEntry>>('/api/v1/me/login-history', { params: { page: 1, size } })).data.items
}
