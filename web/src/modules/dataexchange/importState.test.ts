import { describe, expect, it } from 'vitest'
import { isRunning, mappingProblems, progressOf, samplesOf, stepOf } from './importState'

const fields = [
  { key: 'name', label: '客户名称', required: true },
  { key: 'phone', label: '电话', required: false },
  { key: 'customerType', label: '客户类型', required: true },
]

describe('import wizard state', () => {
  it('puts a job on the step its status belongs to', () => {
    expect(stepOf(undefined)).toBe('upload')
    expect(stepOf('UPLOADED')).toBe('mapping')
    expect(stepOf('VALIDATING')).toBe('validation')
    expect(stepOf('FAILED')).toBe('validation')
    expect(stepOf('COMMITTING')).toBe('commit')
    expect(stepOf('DONE')).toBe('result')
    expect(isRunning('VALIDATING')).toBe(true)
    expect(isRunning('VALIDATED')).toBe(false)
  })

  it('reports required fields left unmapped and fields mapped twice', () => {
    const problems = mappingProblems({ 名称: 'name', 电话: 'phone', 手机: 'phone', 备注: null }, fields)
    expect(problems.missing.map((f) => f.key)).toEqual(['customerType'])
    expect(problems.duplicated).toEqual(['phone'])
    expect(mappingProblems({ a: 'name', b: 'customerType' }, fields)).toEqual({ missing: [], duplicated: [] })
  })

  it('computes progress from processed and total rows', () => {
    expect(progressOf(null)).toBe(0)
    expect(progressOf({ status: 'COMMITTING', processedRows: 50, totalRows: 200 })).toBe(25)
    expect(progressOf({ status: 'COMMITTING', processedRows: 5, totalRows: 0 })).toBe(0)
    expect(progressOf({ status: 'DONE', processedRows: 1, totalRows: 2 })).toBe(100)
  })

  it('shows the sample values of a column', () => {
    const job = { headers: ['名称', '电话'], sampleRows: [['甲', '1'], ['乙', ''], ['丙', '3']] }
    expect(samplesOf(job, '电话')).toEqual(['1', '3'])
    expect(samplesOf(job, '无')).toEqual([])
  })
})
