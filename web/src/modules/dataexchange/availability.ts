// Whether the server offers import/export yet (the dataexchange back end ships separately):
// probed once per page load through the import fields of a target.
import { ref, type Ref } from 'vue'
import { importFields } from './api'

const available = new Map<string, Ref<boolean>>()

export function dataExchangeAvailable(target: string): Ref<boolean> {
  let flag = available.get(target)
  if (!flag) {
    const created = ref(false)
    available.set(target, created)
    importFields(target).then(() => (created.value = true)).catch(() => (created.value = false))
    flag = created
  }
  return flag
}
