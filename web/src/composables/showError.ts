// How a failed call is shown: field errors on the open form, a reload offer on version conflicts,
// otherwise the server's localised `detail` in a message.
import { ElMessage, ElMessageBox } from 'element-plus'
import { ApiError } from '@/api/http'
import { isVersionConflict, type Problem } from '@/api/problem'
import { t } from '@/i18n'
import type { ServerErrors } from './useServerErrors'
import { markDialogButtons } from './confirm'

export interface ShowErrorOptions {
  /** The open form: field errors go under its fields. */
  form?: ServerErrors
  /** Called when the user chooses to reload after a version conflict. */
  onReload?: () => unknown
}

export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem
  return { status: 0, code: 'client', detail: error instanceof Error ? error.message : String(error) }
}

export function messageOf(problem: Problem): string {
  if (problem.status === 0 && problem.code === 'network') return t('error.network')
  if (problem.status === 428) return t('error.versionRequired')
  return problem.detail || problem.title || t('error.unknown')
}

export async function showError(error: unknown, options: ShowErrorOptions = {}): Promise<void> {
  const problem = problemOf(error)
  if (problem.status === 401) return // the HTTP client sends the user to sign in
  if (isVersionConflict(problem)) {
    await offerReload(options.onReload)
    return
  }
  if (options.form && problem.errors?.length) {
    const unplaced = options.form.apply(problem)
    if (unplaced.length === 0) return
    ElMessage.error(unplaced.map((e) => e.message).join('; '))
    return
  }
  const extra = (problem.errors ?? []).map((e) => e.message).filter(Boolean)
  ElMessage.error(extra.length ? `${messageOf(problem)} ${extra.join('; ')}` : messageOf(problem))
}

async function offerReload(onReload?: () => unknown): Promise<void> {
  const box = ElMessageBox.confirm(t('error.versionConflict.message'), t('error.versionConflict.title'), {
    type: 'warning',
    confirmButtonText: t('error.versionConflict.reload'),
    cancelButtonText: t('common.cancel'),
    confirmButtonClass: 'kz-confirm-ok',
    cancelButtonClass: 'kz-confirm-cancel',
    customClass: 'kz-conflict-dialog',
    showCancelButton: Boolean(onReload),
  })
  markDialogButtons('conflict-reload', 'conflict-cancel')
  try {
    await box
    await onReload?.()
  } catch {
    // closed without reloading
  }
}
