// Import wizard rules: which step a job's status belongs to, mapping checks, progress.
import type { ImportField, ImportJob, ImportStatus } from './api'

export type WizardStep = 'upload' | 'mapping' | 'validation' | 'commit' | 'result'

export const STEPS: WizardStep[] = ['upload', 'mapping', 'validation', 'commit', 'result']

/** Where the wizard stands for a job in this status. */
export function stepOf(status: ImportStatus | null | undefined): WizardStep {
  switch (status) {
    case 'UPLOADED':
      return 'mapping'
    case 'VALIDATING':
    case 'VALIDATED':
    case 'FAILED':
      return 'validation'
    case 'COMMITTING':
      return 'commit'
    case 'DONE':
      return 'result'
    default:
      return 'upload'
  }
}

/** Whether the server is still working on the job (the wizard keeps polling). */
export function isRunning(status: ImportStatus | null | undefined): boolean {
  return status === 'VALIDATING' || status === 'COMMITTING'
}

export interface MappingProblems {
  /** required fields no column is mapped to */
  missing: ImportField[]
  /** fields more than one column is mapped to */
  duplicated: string[]
}

export function mappingProblems(mapping: Record<string, string | null>, fields: ImportField[]): MappingProblems {
  const counts = new Map<string, number>()
  for (const key of Object.values(mapping)) {
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return {
    missing: fields.filter((f) => f.required && !counts.has(f.key)),
    duplicated: [...counts.entries()].filter(([, n]) => n > 1).map(([key]) => key),
  }
}

/** Progress in percent (0–100) of the current validation or commit. */
export function progressOf(job: Pick<ImportJob, 'status' | 'processedRows' | 'totalRows'> | null): number {
  if (!job) return 0
  if (job.status === 'DONE' || job.status === 'VALIDATED') return 100
  const total = job.totalRows ?? 0
  if (total <= 0) return 0
  return Math.min(100, Math.floor(((job.processedRows ?? 0) * 100) / total))
}

/** The sample values of one column, for the mapping table. */
export function samplesOf(job: Pick<ImportJob, 'headers' | 'sampleRows'>, header: string, limit = 3): string[] {
  const index = (job.headers ?? []).indexOf(header)
  if (index < 0) return []
  return (job.sampleRows ?? []).map((row) => row[index] ?? '').filter((v) => v !== '').slice(0, limit)
}
