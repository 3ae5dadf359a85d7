// Server-side field errors shown under the form field they name (bound to el-form-item :error).
import { reactive } from 'vue'
import { toFieldErrors, unplacedErrors, type Problem, type ProblemFieldError } from '@/api/problem'

export interface ServerErrors {
  /** field → message, for `<el-form-item :error="server.errors.name">` */
  errors: Record<string, string>
  fields: readonly string[]
  /** Puts the problem's field errors on the form; returns those that name no field of it. */
  apply(problem: Problem): ProblemFieldError[]
  clear(field?: string): void
}

export function useServerErrors(fields: readonly string[]): ServerErrors {
  const errors = reactive<Record<string, string>>({})
  return {
    errors,
    fields,
    apply(problem) {
      for (const key of Object.keys(errors)) delete errors[key]
      Object.assign(errors, toFieldErrors(problem, fields))
      return unplacedErrors(problem, fields)
    },
    clear(field) {
      if (field) delete errors[field]
      else for (const key of Object.keys(errors)) delete errors[key]
    },
  }
}
