// The import jobs API (dataexchange module): upload a file, map its columns, validate, commit.
import { http } from '@/api/http'
import type { PageResult } from '@/api/types'

export type ImportStatus = 'UPLOADED' | 'VALIDATING' | 'VALIDATED' | 'FAILED' | 'COMMITTING' | 'DONE'
export type DedupePolicy = 'SKIP' | 'UPDATE' | 'CREATE'

export interface ImportField {
  key: string
  label: string
  required: boolean
}

export interface ImportJob {
  id: number
  status: ImportStatus
  fileName?: string
  encoding?: string
  headers?: string[]
  sampleRows?: string[][]
  mapping?: Record<string, string | null>
  totalRows?: number
  processedRows?: number
  errorCount?: number
  createdCount?: number
  updatedCount?: number
  skippedCount?: number
  /** why a job failed, in the caller's language */
  failure?: string | null
}

export interface ImportError {
  row: number
  column?: string | null
  field?: string | null
  message: string
}

const BASE = '/api/v1/imports'

export async function importFields(target: string): Promise<ImportField[]> {
  return (await http.get<ImportField[]>(`${BASE}/targets/${target}/fields`)).data
}

export async function uploadImport(target: string, file: File): Promise<ImportJob> {
  const body = new FormData()
  body.append('file', file)
  body.append('target', target)
  return (await http.post<ImportJob>(BASE, body)).data
}

/** `encoding` overrides the detected encoding of a CSV file (e.g. GBK). */
export async function saveMapping(id: number, mapping: Record<string, string | null>, dedupePolicy: DedupePolicy, encoding?: string): Promise<ImportJob> {
  return (await http.put<ImportJob>(`${BASE}/${id}/mapping`, { mapping, dedupePolicy, encoding: encoding || undefined })).data
}

export async function getImport(id: number): Promise<ImportJob> {
  return (await http.get<ImportJob>(`${BASE}/${id}`)).data
}

export async function importErrors(id: number, page: number, size: number): Promise<PageResult<ImportError>> {
  return (await http.get<PageResult<ImportError>>(`${BASE}/${id}/errors`, { params: { page, size } })).data
}

export function errorsCsvUrl(id: number): string {
  return `${BASE}/${id}/errors.csv`
}

export async function commitImport(id: number): Promise<void> {
  await http.post(`${BASE}/${id}/commit`)
}

export async function deleteImport(id: number): Promise<void> {
  await http.delete(`${BASE}/${id}`)
}
