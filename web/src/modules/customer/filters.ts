// The customer list's filters as the screen holds them, and their conversion to and from the list
// endpoint's query parameters (which is also what a saved view stores).

export const CUSTOMER_STATUSES = ['ACTIVE', 'NORMAL', 'ARCHIVED'] as const
export const VALUE_CLASSES = ['KEY', 'MAJOR', 'NORMAL', 'SMALL'] as const
export const CUSTOMER_TYPES = ['COMPANY', 'PERSON'] as const
export const LIFECYCLE_STAGES = ['TARGET', 'POTENTIAL', 'OPPORTUNITY', 'SIGNED', 'LOYAL', 'DECLINING', 'CHURNED'] as const

export interface CustomerFilters {
  q: string
  mine: boolean
  ownerId: number | null
  departmentId: number | null
  includeSubDepartments: boolean
  status: string[]
  valueClass: string[]
  source: string[]
  industry: string[]
  /** province, city, district codes from the region cascader (any prefix) */
  region: string[]
  tag: string
  /** not updated for at least this many days */
  staleDays: number | null
  /** next follow-up before this moment */
  nextFollowUpBefore: Date | null
  created: [Date, Date] | null
}

export function emptyFilters(): CustomerFilters {
  return {
    q: '',
    mine: false,
    ownerId: null,
    departmentId: null,
    includeSubDepartments: true,
    status: [],
    valueClass: [],
    source: [],
    industry: [],
    region: [],
    tag: '',
    staleDays: null,
    nextFollowUpBefore: null,
    created: null,
  }
}

export type CustomerQuery = Record<string, string | number | boolean | string[]>

const REGION_PARAMS = ['provinceCode', 'cityCode', 'districtCode'] as const
const LISTS = ['status', 'valueClass', 'source', 'industry'] as const

/** The endpoint's query parameters for the filters; empty filters are left out. */
export function toQuery(filters: CustomerFilters): CustomerQuery {
  const query: CustomerQuery = {}
  const q = filters.q.trim()
  if (q) query.q = q
  if (filters.mine) query.mine = true
  if (filters.ownerId != null) query.ownerId = filters.ownerId
  if (filters.departmentId != null) {
    query.departmentId = filters.departmentId
    query.includeSubDepartments = filters.includeSubDepartments
  }
  for (const key of LISTS) {
    if (filters[key].length) query[key] = [...filters[key]]
  }
  filters.region.slice(0, 3).forEach((code, i) => {
    if (code) query[REGION_PARAMS[i]] = code
  })
  const tag = filters.tag.trim()
  if (tag) query.tag = tag
  if (filters.staleDays != null && filters.staleDays > 0) query.staleDays = filters.staleDays
  if (filters.nextFollowUpBefore) query.nextFollowUpTo = filters.nextFollowUpBefore.toISOString()
  if (filters.created) {
    query.createdFrom = filters.created[0].toISOString()
    query.createdTo = filters.created[1].toISOString()
  }
  return query
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}

function num(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : NaN
  return Number.isFinite(n) ? n : null
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).filter(Boolean)
  return typeof value === 'string' && value ? value.split(',') : []
}

function date(value: unknown): Date | null {
  if (typeof value !== 'string' || !value) return null
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/** The filters a stored query (a saved view's) describes; unknown parameters are ignored. */
export function fromQuery(query: Record<string, unknown>): CustomerFilters {
  const filters = emptyFilters()
  filters.q = text(query.q)
  filters.mine = query.mine === true || query.mine === 'true'
  filters.ownerId = num(query.ownerId)
  filters.departmentId = num(query.departmentId)
  filters.includeSubDepartments = !(query.includeSubDepartments === false || query.includeSubDepartments === 'false')
  for (const key of LISTS) filters[key] = list(query[key])
  const region: string[] = []
  for (const param of REGION_PARAMS) {
    const code = text(query[param])
    if (!code) break
    region.push(code)
  }
  filters.region = region
  filters.tag = text(query.tag)
  filters.staleDays = num(query.staleDays)
  filters.nextFollowUpBefore = date(query.nextFollowUpTo)
  const from = date(query.createdFrom)
  const to = date(query.createdTo)
  filters.created = from && to ? [from, to] : null
  return filters
}

/** How many filters are set (for the "more filters" badge and empty-state wording). */
export function activeFilterCount(filters: CustomerFilters): number {
  const query = toQuery(filters)
  delete query.includeSubDepartments
  if ('createdFrom' in query) delete query.createdTo
  const regionKeys = REGION_PARAMS.filter((k) => k in query)
  return Object.keys(query).length - Math.max(0, regionKeys.length - 1)
}
