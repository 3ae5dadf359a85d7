// What the signed-in user may do, read from MeView. The server checks everything again.
import type { FieldAccess, MeView } from '@/api/types'

export type Op = 'VIEW' | 'CREATE' | 'EDIT' | 'DELETE' | 'SHARE' | 'ASSIGN' | 'IMPORT' | 'EXPORT' | 'PRINT'

type Grants = Pick<MeView, 'admin' | 'permissions'>

export function can(me: Grants | null | undefined, module: string, operation: Op): boolean {
  if (!me) return false
  if (me.admin) return true
  return Boolean(me.permissions?.[module]?.[operation])
}

/** The recycle bin shows what the user could delete: open to anyone with DELETE on some module. */
export function canUseRecycleBin(me: Grants | null | undefined): boolean {
  if (!me) return false
  if (me.admin) return true
  return Object.values(me.permissions ?? {}).some((ops) => Boolean(ops?.DELETE))
}

export function fieldAccess(
  me: Pick<MeView, 'admin' | 'fieldPolicies'> | null | undefined,
  entity: string,
  field: string,
): FieldAccess {
  if (!me || me.admin) return 'EDITABLE'
  return (me.fieldPolicies?.[entity]?.[field] as FieldAccess | undefined) ?? 'EDITABLE'
}
