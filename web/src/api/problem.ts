// RFC 9457 problem details as the backend writes them, and their mapping onto form fields.

export interface ProblemFieldError {
  field: string
  code?: string
  message: string
}

export interface Problem {
  type?: string
  status: number
  title?: string
  detail?: string
  code?: string
  instance?: string
  errors?: ProblemFieldError[]
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).status === 'number'
}

/**
 * The server's field errors keyed by field name; several messages for one field are joined.
 * Only fields in `known` are kept when it is given (the rest stay for a general message).
 */
export function toFieldErrors(problem: Problem | null | undefined, known?: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {}
  for (const error of problem?.errors ?? []) {
    if (!error || !error.field || !error.message) continue
    if (known && !known.includes(error.field)) continue
    result[error.field] = result[error.field] ? `${result[error.field]}; ${error.message}` : error.message
  }
  return result
}

/** Field errors whose field is not one of `known`: they have no form field to sit under. */
export function unplacedErrors(problem: Problem | null | undefined, known: readonly string[]): ProblemFieldError[] {
  return (problem?.errors ?? []).filter((e) => e && e.message && !known.includes(e.field))
}

export function isVersionConflict(problem: Problem | null | undefined): boolean {
  return problem?.status === 409 && problem.code === 'version-conflict'
}
