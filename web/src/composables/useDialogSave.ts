// The save step every edit dialog shares: a saving flag, a success message, closing the dialog
// and handing the saved record to the parent. On failure the server's field errors go under the
// fields; a version conflict offers to reload, which closes the dialog and asks the parent to reload.
import { ref, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import { showError } from './showError'
import type { ServerErrors } from './useServerErrors'

export function useDialogSave(open: Ref<boolean>, server: ServerErrors, onReload?: () => void) {
  const saving = ref(false)

  async function save<T>(action: () => Promise<T>, successMessage: string, onSaved: (saved: T) => void): Promise<void> {
    saving.value = true
    try {
      const saved = await action()
      ElMessage.success(successMessage)
      open.value = false
      onSaved(saved)
    } catch (e) {
      const reload = onReload
        ? () => {
            open.value = false
            onReload()
          }
        : undefined
      await showError(e, { form: server, onReload: reload })
    } finally {
      saving.value = false
    }
  }

  return { saving, save }
}
