// What a saved view of the customer list holds: the filters as list query parameters, the chosen
// columns and the sort; and the list state a saved view restores.
import type { SavedView, SavedViewVisibility, SaveViewRequest } from '@/api/types'
import { fromQuery, toQuery, type CustomerFilters } from './filters'
import { normalizeColumns, tableSort } from './columns'

export const CUSTOMER_LIST = 'customers'

export interface CustomerListState {
  filters: CustomerFilters
  columns: string[]
  sort: string | undefined
}

export function saveViewRequest(name: string, visibility: SavedViewVisibility, state: CustomerListState): SaveViewRequest {
  return {
    list: CUSTOMER_LIST,
    name: name.trim(),
    visibility,
    filters: toQuery(state.filters),
    columns: normalizeColumns(state.columns),
    sort: state.sort && tableSort(state.sort) ? state.sort : undefined,
  }
}

export function stateOfView(view: Pick<SavedView, 'filters' | 'columns' | 'sort'>): CustomerListState {
  return {
    filters: fromQuery((view.filters ?? {}) as Record<string, unknown>),
    columns: normalizeColumns(view.columns),
    sort: view.sort && tableSort(view.sort) ? view.sort : undefined,
  }
}
