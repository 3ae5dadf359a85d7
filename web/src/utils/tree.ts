// Department trees from the flat lists the API returns (parents first, each with parentId).

export interface FlatNode {
  id: number
  parentId?: number | null
  name: string
  sortOrder?: number
}

export interface TreeNode<T extends FlatNode> {
  id: number
  label: string
  data: T
  children: TreeNode<T>[]
  disabled?: boolean
}

/** Nodes whose parent is not in the list (outside the caller's scope) become roots. */
export function buildTree<T extends FlatNode>(items: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<number, TreeNode<T>>()
  for (const item of items) nodes.set(item.id, { id: item.id, label: item.name, data: item, children: [] })
  const roots: TreeNode<T>[] = []
  for (const item of items) {
    const node = nodes.get(item.id)!
    const parent = item.parentId == null ? undefined : nodes.get(item.parentId)
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  const order = (a: TreeNode<T>, b: TreeNode<T>) =>
    (a.data.sortOrder ?? 0) - (b.data.sortOrder ?? 0) || a.label.localeCompare(b.label, 'zh-CN')
  const sort = (list: TreeNode<T>[]) => {
    list.sort(order)
    list.forEach((n) => sort(n.children))
  }
  sort(roots)
  return roots
}

/** The id and every descendant id of a node. */
export function subtreeIds(items: readonly FlatNode[], rootId: number): Set<number> {
  const children = new Map<number, number[]>()
  for (const item of items) {
    if (item.parentId == null) continue
    const list = children.get(item.parentId) ?? []
    list.push(item.id)
    children.set(item.parentId, list)
  }
  const result = new Set<number>()
  const stack = [rootId]
  while (stack.length) {
    const id = stack.pop()!
    if (result.has(id)) continue
    result.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return result
}

/** A copy of the tree with the given ids disabled (for pickers that must not offer them). */
export function disableNodes<T extends FlatNode>(tree: TreeNode<T>[], ids: Set<number>): TreeNode<T>[] {
  return tree.map((n) => ({ ...n, disabled: ids.has(n.id), children: disableNodes(n.children, ids) }))
}
