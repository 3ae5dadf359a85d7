import { describe, expect, it } from 'vitest'
import { exportColumns } from './columns'

describe('exportColumns', () => {
  it('names the shown columns as the export does, name first, unexportable and unknown ones left out', () => {
    expect(exportColumns(['status', 'ownerName', 'contactCount', 'name', 'poolName', 'ownerDeptName', 'nope', 'phone']))
      .toEqual(['name', 'status', 'owner', 'pool', 'ownerDept', 'phone'])
  })

  it('exports at least the name', () => {
    expect(exportColumns([])).toEqual(['name'])
  })
})
