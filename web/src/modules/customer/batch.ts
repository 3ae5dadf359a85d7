// Wording of a batch action's outcome: how many changed, how many were refused.
import type { BatchOutcome } from '@/api/types'

export interface BatchSummary {
  done: number
  refused: number
  type: 'success' | 'warning' | 'error'
}

export function summarize(outcome: BatchOutcome): BatchSummary {
  const done = outcome.done?.length ?? 0
  const refused = outcome.refused?.length ?? 0
  return { done, refused, type: refused === 0 ? 'success' : done === 0 ? 'error' : 'warning' }
}

/** Names of the refused customers, as far as the page knows them. */
export function refusedNames(outcome: BatchOutcome, names: Map<number, string>): string[] {
  return (outcome.refused ?? []).map((id) => names.get(id) ?? `#${id}`)
}
