// How the region cascader behaves (Element Plus CascaderProps): any level may be chosen
// (checkStrictly), and clicking a province or city name chooses it as well as opening its children
// (checkOnClickNode), instead of only the small radio dot doing so.
import type { CascaderProps } from 'element-plus'

export const REGION_CASCADER_PROPS: CascaderProps = {
  value: 'code',
  label: 'name',
  children: 'children',
  checkStrictly: true,
  checkOnClickNode: true,
  emitPath: true,
}
