// The customer list's columns: which exist, which are shown by default, which sort on the server.
// Keys are the names the saved-view API accepts for the customer list.

export interface CustomerColumn {
  key: string
  /** server sort name, when the column sorts */
  sort?: string
  /** field-policy name when the column shows a policed field */
  policed?: string
  /** the export's name for the column when it differs; null: not exported */
  exportAs?: string | null
  width?: number
  minWidth?: number
  shown: boolean
}

export const CUSTOMER_COLUMNS: CustomerColumn[] = [
  { key: 'customerType', width: 90, shown: false },
  { key: 'status', sort: 'status', width: 104, shown: true },
  { key: 'valueClass', sort: 'valueClass', policed: 'valueClass', width: 130, shown: true },
  { key: 'lifecycleStage', sort: 'lifecycleStage', width: 120, shown: true },
  { key: 'source', minWidth: 120, shown: true },
  { key: 'industry', minWidth: 100, shown: false },
  { key: 'relationshipLevel', minWidth: 100, shown: false },
  { key: 'region', minWidth: 170, shown: true },
  { key: 'address', policed: 'address', minWidth: 160, shown: false },
  { key: 'staffSize', minWidth: 100, shown: false },
  { key: 'phone', policed: 'phone', width: 140, shown: true },
  { key: 'phone2', policed: 'phone2', width: 140, shown: false },
  { key: 'email', policed: 'email', minWidth: 160, shown: false },
  { key: 'website', minWidth: 160, shown: false },
  { key: 'idNumber', policed: 'idNumber', minWidth: 160, shown: false },
  { key: 'membershipNo', policed: 'membershipNo', minWidth: 120, shown: false },
  { key: 'points', sort: 'points', policed: 'points', width: 90, shown: false },
  { key: 'tags', minWidth: 140, shown: true },
  { key: 'ownerName', minWidth: 90, shown: true, exportAs: 'owner' },
  { key: 'ownerDeptName', minWidth: 120, shown: false, exportAs: 'ownerDept' },
  { key: 'poolName', minWidth: 100, shown: false, exportAs: 'pool' },
  { key: 'contactCount', width: 90, shown: false, exportAs: null },
  { key: 'lastFollowUpAt', sort: 'lastFollowUpAt', width: 150, shown: true },
  { key: 'nextFollowUpAt', sort: 'nextFollowUpAt', width: 150, shown: true },
  { key: 'createdAt', sort: 'createdAt', width: 150, shown: false },
  { key: 'updatedAt', sort: 'updatedAt', width: 150, shown: true },
]

export const DEFAULT_COLUMNS = CUSTOMER_COLUMNS.filter((c) => c.shown).map((c) => c.key)

/** The chosen columns in the list's order; unknown keys dropped; none known → the defaults. */
export function normalizeColumns(keys: readonly string[] | null | undefined): string[] {
  const wanted = new Set(keys ?? [])
  const result = CUSTOMER_COLUMNS.filter((c) => wanted.has(c.key)).map((c) => c.key)
  return result.length ? result : [...DEFAULT_COLUMNS]
}

/** The shown columns as the export names them: name first, columns the export lacks left out. */
export function exportColumns(shown: readonly string[]): string[] {
  const names = shown.flatMap((key) => {
    if (key === 'name') return []
    const column = CUSTOMER_COLUMNS.find((c) => c.key === key)
    if (!column || column.exportAs === null) return []
    return [column.exportAs ?? column.key]
  })
  return ['name', ...names]
}

/** el-table's sort-change to the server's `prop,asc|desc` (name always sorts; unknown props clear). */
export function sortParam(prop: string | null, order: string | null): string | undefined {
  if (!prop || !order) return undefined
  const column = CUSTOMER_COLUMNS.find((c) => c.key === prop)
  const name = prop === 'name' ? 'name' : column?.sort
  if (!name) return undefined
  return `${name},${order === 'ascending' ? 'asc' : 'desc'}`
}

/** The server's sort back to el-table's default-sort. */
export function tableSort(sort: string | undefined | null): { prop: string; order: 'ascending' | 'descending' } | undefined {
  if (!sort) return undefined
  const [name, direction] = sort.split(',')
  const prop = name === 'name' ? 'name' : CUSTOMER_COLUMNS.find((c) => c.sort === name)?.key
  if (!prop) return undefined
  return { prop, order: direction === 'asc' ? 'ascending' : 'descending' }
}
