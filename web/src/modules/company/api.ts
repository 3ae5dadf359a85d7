import { http } from '@/api/http'
import { ifMatch } from '@/api/etag'
import type { CompanyView, UpdateCompanyRequest } from '@/api/types'

export async function fetchCompany(): Promise<CompanyView> {
  return (await http.get<CompanyView>('/api/v1/company')).data
}

/** Patch: leave a field out to keep it; an empty allowlist lets every address in. */
export async function updateCompany(patch: Omit<UpdateCompanyRequest, 'version'>, version: number): Promise<CompanyView> {
  return (await http.patch<CompanyView>('/api/v1/company', patch, { headers: ifMatch(version) })).data
}

/** IANA time zones the browser knows, for the picker. */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
  try {
    return intl.supportedValuesOf?.('timeZone') ?? ['Asia/Shanghai', 'UTC']
  } catch {
    return ['Asia/Shanghai', 'UTC']
  }
}
