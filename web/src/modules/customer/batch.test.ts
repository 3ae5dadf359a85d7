import { describe, expect, it } from 'vitest'
import { t } from '@/i18n'
import { describeOutcome, refusedNames, summarize } from './batch'

describe('batch outcome', () => {
  it('counts what was done, left unchanged and refused', () => {
    expect(summarize({ done: [1, 2], refused: [], unchanged: [] })).toEqual({ done: 2, unchanged: 0, refused: 0, type: 'success' })
    expect(summarize({ done: [1], refused: [3], unchanged: [] })).toEqual({ done: 1, unchanged: 0, refused: 1, type: 'warning' })
    expect(summarize({ done: [], refused: [3], unchanged: [] })).toEqual({ done: 0, unchanged: 0, refused: 1, type: 'error' })
    expect(summarize({ done: [1], refused: [], unchanged: [2, 3] })).toEqual({ done: 1, unchanged: 2, refused: 0, type: 'success' })
    expect(summarize({ done: [], refused: [], unchanged: [2] })).toEqual({ done: 0, unchanged: 1, refused: 0, type: 'info' })
    expect(summarize({ done: [], refused: [4], unchanged: [2] })).toEqual({ done: 0, unchanged: 1, refused: 1, type: 'warning' })
  })

  it('names the refused customers it knows', () => {
    expect(refusedNames({ done: [], refused: [3, 4], unchanged: [] }, new Map([[3, '天意华']]))).toEqual(['天意华', '#4'])
  })

  it('says how many were already as asked, in the wording of the action', () => {
    const transfer = describeOutcome('transfer', { done: [1], refused: [], unchanged: [2, 3] }, new Map(), t)
    expect(transfer.done).toBe('转移完成：1 个客户已处理。2 个客户原本就归该负责人，未变动。')
    expect(transfer.refused).toBeNull()
    const back = describeOutcome('return', { done: [], refused: [9], unchanged: [2] }, new Map([[9, '天意华']]), t)
    expect(back.done).toContain('1 个客户已在公海中，未变动。')
    expect(back.refused).toBe('1 个客户无权操作，未处理：天意华')
    expect(describeOutcome('delete', { done: [1], refused: [], unchanged: [] }, new Map(), t).done).not.toContain('未变动')
  })
})
