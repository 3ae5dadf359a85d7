// Shows a batch action's outcome: a success message, or a box naming the refused customers.
import { ElMessage, ElMessageBox } from 'element-plus'
import type { BatchOutcome } from '@/api/types'
import { t } from '@/i18n'
import { markDialogButtons } from '@/composables/confirm'
import { refusedNames, summarize } from './batch'

export function showBatchOutcome(action: string, outcome: BatchOutcome, names: Map<number, string>): void {
  const summary = summarize(outcome)
  const done = t('customer.batch.result', { action: t(`customer.batch.actions.${action}`), done: summary.done })
  if (summary.refused === 0) {
    ElMessage.success(done)
    return
  }
  const refused = t('customer.batch.refused', { count: summary.refused, names: refusedNames(outcome, names).join(t('common.listSeparator')) })
  void ElMessageBox.alert(`${done}\n${refused}`, t('customer.batch.resultTitle'), {
    type: summary.type === 'error' ? 'error' : 'warning',
    confirmButtonText: t('common.confirm'),
    confirmButtonClass: 'kz-confirm-ok',
    customClass: 'kz-confirm-dialog kz-batch-result',
  }).catch(() => undefined)
  markDialogButtons()
}
