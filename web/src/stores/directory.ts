// Enabled departments for pickers, loaded once and refreshed when departments change.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { fetchDirectoryDepartments, type DirectoryDepartment } from '@/api/directory'

export const useDirectoryStore = defineStore('directory', () => {
  const departments = ref<DirectoryDepartment[]>([])
  let loading: Promise<void> | null = null
  let loaded = false

  async function ensureDepartments(force = false): Promise<DirectoryDepartment[]> {
    if (!loaded || force) {
      loading ??= fetchDirectoryDepartments()
        .then((list) => {
          departments.value = list
          loaded = true
        })
        .finally(() => {
          loading = null
        })
      await loading
    }
    return departments.value
  }

  return { departments, ensureDepartments }
})
