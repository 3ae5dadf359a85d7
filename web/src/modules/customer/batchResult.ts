// Shows a batch action's outcome: a message (done, and left unchanged), or a box naming the refused customers.
import { ElMessage, ElMessageBox } from 'element-plus'
import type { BatchOutcome } from '@/api/types'
import { t } from '@/i18n'
import { markDialogButtons } from '@/composables/confirm'
import { describeOutcome, summarize } from './batch'

export function showBatchOutcome(action: string, outcome: BatchOutcome, names: Map<number, string>): void {
  const summary = summarize(outcome)
  const text = describeOutcome(action, outcome, names, t)
  if (text.refused === null) {
    ElMessage({ type: summary.type === 'info' ? 'info' : 'success', message: text.done })
    return
  }
  void ElMessageBox.alert(`${text.done}\n${text.refused}`, t('customer.batch.resultTitle'), {
    type: summary.type === 'error' ? 'error' : 'warning',
    confirmButtonText: t('common.confirm'),
    confirmButtonClass: 'kz-confirm-ok',
    customClass: 'kz-confirm-dialog kz-batch-result',
  }).catch(() => undefined)
  markDialogButtons()
}
