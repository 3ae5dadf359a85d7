// The signed-in user and what they may do.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/api/auth'
import { ApiError } from '@/api/http'
import type { FieldAccess, LoginRequest, MeView } from '@/api/types'
import { can, canUseRecycleBin, fieldAccess, type Op } from '@/utils/permissions'
import { setDisplayTimeZone } from '@/utils/format'

export const useAuthStore = defineStore('auth', () => {
  const me = ref<MeView | null>(null)
  /** Whether the session has been checked once since the page loaded. */
  const checked = ref(false)

  function adopt(view: MeView | null) {
    me.value = view
    setDisplayTimeZone(view?.company?.timeZone)
  }

  /** Loads the current session; false when nobody is signed in. */
  async function load(): Promise<boolean> {
    try {
      adopt(await authApi.fetchMe())
      return true
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        adopt(null)
        return false
      }
      throw e
    } finally {
      checked.value = true
    }
  }

  async function signIn(request: LoginRequest): Promise<MeView> {
    const view = await authApi.login(request)
    adopt(view)
    checked.value = true
    return view
  }

  async function signOut(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      adopt(null)
    }
  }

  /** Forget the session locally (after a 401). */
  function clear(): void {
    adopt(null)
  }

  const signedIn = computed(() => me.value !== null)
  const recycleBin = computed(() => canUseRecycleBin(me.value))

  return {
    me,
    checked,
    signedIn,
    recycleBin,
    load,
    signIn,
    signOut,
    clear,
    can: (module: string, operation: Op) => can(me.value, module, operation),
    field: (entity: string, field: string): FieldAccess => fieldAccess(me.value, entity, field),
  }
})

export type AuthStore = ReturnType<typeof useAuthStore>
