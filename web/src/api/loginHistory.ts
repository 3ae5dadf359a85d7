import { http, cleanParams } from './http'
import type { ListParams, LoginEntry, PageResult } from './types'

export interface LoginHistoryFilters {
  userId?: number | null
  q?: string
  result?: string
  range?: [Date, Date] | null
}

function query(filters: LoginHistoryFilters, params: ListParams) {
  const [from, to] = filters.range ?? []
  return cleanParams({
    userId: filters.userId,
    q: filters.q,
    result: filters.result,
    from: from?.toISOString(),
    to: to?.toISOString(),
    ...params,
  })
}

/** Sign-ins of the users in the caller's login-log scope. */
export async function companyLoginHistory(filters: LoginHistoryFilters, params: ListParams): Promise<PageResult<LoginEntry>> {
  return (await http.get<PageResult<LoginEntry>>('/api/v1/login-history', { params: query(filters, params) })).data
}

/** The caller's own sign-ins. */
export async function myLoginHistory(filters: LoginHistoryFilters, params: ListParams): Promise<PageResult<LoginEntry>> {
  const { result, range } = filters
  return (await http.get<PageResult<LoginEntry>>('/api/v1/me/login-history', { params: query({ result, range }, params) })).data
}
