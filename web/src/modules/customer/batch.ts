// Wording of a batch action's outcome: how many changed, were already as asked, were refused.
import type { BatchOutcome } from '@/api/types'

export interface BatchSummary {
  done: number
  /** already as asked (owned by the target, already in a pool): left as they were */
  unchanged: number
  refused: number
  type: 'success' | 'info' | 'warning' | 'error'
}

export function summarize(outcome: BatchOutcome): BatchSummary {
  const done = outcome.done?.length ?? 0
  const unchanged = outcome.unchanged?.length ?? 0
  const refused = outcome.refused?.length ?? 0
  const type = refused > 0 ? (done + unchanged === 0 ? 'error' : 'warning') : done === 0 && unchanged > 0 ? 'info' : 'success'
  return { done, unchanged, refused, type }
}

/** Names of the refused customers, as far as the page knows them. */
export function refusedNames(outcome: BatchOutcome, names: Map<number, string>): string[] {
  return (outcome.refused ?? []).map((id) => names.get(id) ?? `#${id}`)
}

type Translate = (key: string, named?: Record<string, unknown>) => string

/** Actions whose "already as asked" has its own wording; others use the general one. */
const UNCHANGED_WORDING = new Set(['transfer', 'assign', 'return'])

/** The outcome as text: what was done (and left unchanged), and what was refused (or null). */
export function describeOutcome(action: string, outcome: BatchOutcome, names: Map<number, string>, t: Translate): { done: string; refused: string | null } {
  const summary = summarize(outcome)
  let done = t('customer.batch.result', { action: t(`customer.batch.actions.${action}`), done: summary.done })
  if (summary.unchanged > 0) {
    done += t(`customer.batch.unchanged.${UNCHANGED_WORDING.has(action) ? action : 'other'}`, { count: summary.unchanged })
  }
  const refused = summary.refused === 0 ? null : t('customer.batch.refused', { count: summary.refused, names: refusedNames(outcome, names).join(t('common.listSeparator')) })
  return { done, refused }
}
