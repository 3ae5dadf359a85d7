// Confirmation before destructive actions (ElMessageBox), with stable data-testids on its buttons.
import { nextTick } from 'vue'
import { ElMessageBox } from 'element-plus'
import { t } from '@/i18n'

/** Tags the open message box's buttons for browser tests. */
export function markDialogButtons(okTestId = 'confirm-ok', cancelTestId = 'confirm-cancel'): void {
  void nextTick(() => {
    const boxes = document.querySelectorAll('.el-message-box')
    const box = boxes[boxes.length - 1]
    box?.querySelector('.kz-confirm-ok')?.setAttribute('data-testid', okTestId)
    box?.querySelector('.kz-confirm-cancel')?.setAttribute('data-testid', cancelTestId)
  })
}

export interface ConfirmOptions {
  title?: string
  confirmText?: string
  danger?: boolean
}

/** Resolves true when the user confirms, false when they cancel or close. */
export async function confirmAction(message: string, options: ConfirmOptions = {}): Promise<boolean> {
  const box = ElMessageBox.confirm(message, options.title ?? t('common.confirmTitle'), {
    type: options.danger === false ? 'info' : 'warning',
    confirmButtonText: options.confirmText ?? t('common.confirm'),
    cancelButtonText: t('common.cancel'),
    confirmButtonClass: options.danger === false ? 'kz-confirm-ok' : 'kz-confirm-ok el-button--danger',
    cancelButtonClass: 'kz-confirm-cancel',
    customClass: 'kz-confirm-dialog',
    autofocus: false,
  })
  markDialogButtons()
  try {
    await box
    return true
  } catch {
    return false
  }
}
