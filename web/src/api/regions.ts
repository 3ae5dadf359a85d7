// Provinces, cities and districts (GB/T 2260), loaded once per page load.
import { http } from './http'
import type { RegionNode } from './types'

let tree: Promise<RegionNode[]> | null = null

export function fetchRegions(): Promise<RegionNode[]> {
  tree ??= http.get<RegionNode[]>('/api/v1/regions').then((r) => r.data).catch((e) => {
    tree = null
    throw e
  })
  return tree
}

/** "广东省 / 深圳市 / 南山区" for the codes, as far as they are known. */
export function regionLabel(regions: RegionNode[], codes: (string | null | undefined)[]): string {
  const names: string[] = []
  let level = regions
  for (const code of codes) {
    if (!code) break
    const node = level.find((r) => r.code === code)
    if (!node) break
    names.push(node.name)
    level = node.children ?? []
  }
  return names.join(' / ')
}
