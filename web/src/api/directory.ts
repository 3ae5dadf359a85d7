// Pickers open to every signed-in user: colleagues and enabled departments.
import { http, cleanParams } from './http'
import type { DirectoryPerson } from './types'

export interface DirectoryDepartment {
  id: number
  parentId: number | null
  name: string
  path?: string
  depth?: number
  sortOrder?: number
  enabled?: boolean
}

export async function searchPeople(q: string, departmentId?: number, limit = 20): Promise<DirectoryPerson[]> {
  const params = cleanParams({ q, departmentId, limit })
  return (await http.get<DirectoryPerson[]>('/api/v1/directory/users', { params })).data
}

export async function fetchDirectoryDepartments(): Promise<DirectoryDepartment[]> {
  return (await http.get<DirectoryDepartment[]>('/api/v1/directory/departments')).data
}
