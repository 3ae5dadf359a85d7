import { describe, expect, it } from 'vitest'
import { refusedNames, summarize } from './batch'

describe('batch outcome', () => {
  it('counts what was done and refused', () => {
    expect(summarize({ done: [1, 2], refused: [] })).toEqual({ done: 2, refused: 0, type: 'success' })
    expect(summarize({ done: [1], refused: [3] })).toEqual({ done: 1, refused: 1, type: 'warning' })
    expect(summarize({ done: [], refused: [3] })).toEqual({ done: 0, refused: 1, type: 'error' })
  })

  it('names the refused customers it knows', () => {
    expect(refusedNames({ done: [], refused: [3, 4] }, new Map([[3, '天意华']]))).toEqual(['天意华', '#4'])
  })
})
