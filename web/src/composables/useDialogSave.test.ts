import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'

vi.mock('element-plus', () => ({ ElMessage: { success: vi.fn(), error: vi.fn() }, ElMessageBox: { confirm: vi.fn() } }))
const showError = vi.fn()
vi.mock('./showError', () => ({ showError: (...args: unknown[]) => showError(...args) }))

import { useDialogSave } from './useDialogSave'
import type { ServerErrors } from './useServerErrors'

const server = {} as ServerErrors

describe('useDialogSave', () => {
  it('closes the dialog and hands over what was saved', async () => {
    const open = ref(true)
    const { saving, save } = useDialogSave(open, server)
    const onSaved = vi.fn()
    await save(async () => ({ id: 7 }), 'saved', onSaved)
    expect(open.value).toBe(false)
    expect(onSaved).toHaveBeenCalledWith({ id: 7 })
    expect(saving.value).toBe(false)
  })

  it('keeps the dialog open on failure and offers a reload that closes it', async () => {
    const open = ref(true)
    const onReload = vi.fn()
    const { save } = useDialogSave(open, server, onReload)
    const onSaved = vi.fn()
    await save(async () => { throw new Error('boom') }, 'saved', onSaved)
    expect(open.value).toBe(true)
    expect(onSaved).not.toHaveBeenCalled()
    const options = showError.mock.calls[0][1] as { form: ServerErrors; onReload: () => void }
    expect(options.form).toBe(server)
    options.onReload()
    expect(open.value).toBe(false)
    expect(onReload).toHaveBeenCalled()
  })
})
