export type MessageTree = { [key: string]: string | MessageTree }

/** Deep-merges message trees; a later tree adds to (and for leaves, replaces) an earlier one. */
export function mergeMessages(...trees: MessageTree[]): MessageTree {
  const result: MessageTree = {}
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = result[key]
      if (typeof value === 'object' && typeof existing === 'object') {
        result[key] = mergeMessages(existing, value)
      } else if (typeof value === 'object') {
        result[key] = mergeMessages(value)
      } else {
        result[key] = value
      }
    }
  }
  return result
}

/** Every leaf key of a message tree, as dotted paths. */
export function leafKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}
