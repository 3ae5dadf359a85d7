import { describe, expect, it } from 'vitest'
import { buildTree, disableNodes, subtreeIds } from './tree'

const flat = [
  { id: 1, parentId: null, name: '总部', sortOrder: 0 },
  { id: 2, parentId: 1, name: '华北', sortOrder: 20 },
  { id: 3, parentId: 1, name: '华东', sortOrder: 10 },
  { id: 4, parentId: 2, name: '北京办', sortOrder: 0 },
  { id: 5, parentId: 99, name: '范围外的上级', sortOrder: 5 },
]

describe('buildTree', () => {
  it('nests by parentId and orders siblings by sortOrder', () => {
    const tree = buildTree(flat)
    expect(tree.map((n) => n.id)).toEqual([1, 5])
    expect(tree[0].children.map((n) => n.label)).toEqual(['华东', '华北'])
    expect(tree[0].children[1].children.map((n) => n.id)).toEqual([4])
  })
})

describe('subtreeIds', () => {
  it('contains the node and all its descendants', () => {
    expect([...subtreeIds(flat, 2)].sort()).toEqual([2, 4])
    expect([...subtreeIds(flat, 1)].sort()).toEqual([1, 2, 3, 4])
    expect([...subtreeIds(flat, 4)]).toEqual([4])
  })
})

describe('disableNodes', () => {
  it('marks the given ids disabled at every depth', () => {
    const tree = disableNodes(buildTree(flat), subtreeIds(flat, 2))
    const north = tree[0].children.find((n) => n.id === 2)!
    expect(tree[0].disabled).toBe(false)
    expect(north.disabled).toBe(true)
    expect(north.children[0].disabled).toBe(true)
  })
})
