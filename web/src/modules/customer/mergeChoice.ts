// Merge dialog logic: the fields a merge chooses (as the server's MergeFields.CHOOSABLE), each
// candidate's value, the default choice, and the request's `values` map.

export const MERGE_FIELDS = [
  'name', 'customerType', 'source', 'industry', 'valueClass', 'relationshipLevel', 'status', 'lifecycleStage',
  'region', 'address', 'staffSize', 'phone', 'phone2', 'email', 'website', 'idNumber', 'membershipNo', 'points',
  'remark',
] as const
export type MergeField = (typeof MERGE_FIELDS)[number]

export interface MergeCandidate {
  id: number
  [field: string]: unknown
}

/** A field's value on a customer; the region is province+city+district together. */
export function mergeValue(customer: MergeCandidate, field: MergeField): unknown {
  if (field === 'region') {
    const parts = [customer.provinceCode, customer.cityCode, customer.districtCode].filter((p) => p != null && p !== '')
    return parts.length ? parts.join('/') : null
  }
  return customer[field]
}

/** As the server: null, "" and 0 count as no value. */
export function hasValue(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && value !== 0
}

/** The default source of each field: the survivor when it has a value, else the first that has one. */
export function defaultChoices(survivor: MergeCandidate, others: MergeCandidate[]): Record<MergeField, number> {
  const result = {} as Record<MergeField, number>
  for (const field of MERGE_FIELDS) {
    const from = [survivor, ...others].find((c) => hasValue(mergeValue(c, field)))
    result[field] = from?.id ?? survivor.id
  }
  return result
}

/** Fields whose values differ between the candidates (the only ones worth asking about). */
export function conflictingFields(candidates: MergeCandidate[]): MergeField[] {
  return MERGE_FIELDS.filter((field) => {
    const values = new Set(candidates.map((c) => JSON.stringify(mergeValue(c, field) ?? null)))
    return values.size > 1
  })
}

/** The request body's `values`: every field the user (or the default) took from a customer. */
export function mergeRequestValues(choices: Partial<Record<MergeField, number>>, ids: number[]): Record<string, number> {
  const result: Record<string, number> = {}
  for (const field of MERGE_FIELDS) {
    const id = choices[field]
    if (id != null && ids.includes(id)) result[field] = id
  }
  return result
}
