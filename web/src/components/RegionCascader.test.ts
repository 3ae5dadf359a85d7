import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { h, ref } from 'vue'
import { ElCascaderPanel } from 'element-plus'
import { REGION_CASCADER_PROPS } from './regionCascaderProps'

const regions = [
  {
    code: '330000',
    name: '浙江省',
    children: [
      { code: '330100', name: '杭州市', children: [{ code: '330106', name: '西湖区', children: [] }] },
      { code: '330200', name: '宁波市', children: [{ code: '330203', name: '海曙区', children: [] }] },
    ],
  },
  { code: '320000', name: '江苏省', children: [{ code: '320100', name: '南京市', children: [{ code: '320102', name: '玄武区', children: [] }] }] },
]

/** The region cascader's panel with its props, the chosen codes kept in `value`. */
function panel() {
  const value = ref<string[] | null>(null)
  const wrapper = mount({
    render: () => h(ElCascaderPanel, {
      options: regions,
      props: REGION_CASCADER_PROPS,
      modelValue: value.value,
      'onUpdate:modelValue': (v: unknown) => (value.value = (v as string[] | null) ?? null),
    }),
  })
  const node = (name: string) => {
    const found = wrapper.findAll('.el-cascader-node').find((n) => n.find('.el-cascader-node__label').text() === name)
    if (!found) throw new Error(`no node ${name}`)
    return found
  }
  return { wrapper, value, node }
}

describe('region cascader', () => {
  it('chooses a province by clicking its name, and opens its cities', async () => {
    const { wrapper, value, node } = panel()
    await node('浙江省').find('.el-cascader-node__label').trigger('click')
    expect(value.value).toEqual(['330000'])
    expect(wrapper.findAll('.el-cascader-menu')).toHaveLength(2)
    expect(wrapper.text()).toContain('杭州市')
  })

  it('chooses a city, then a district, by their names', async () => {
    const { value, node } = panel()
    await node('浙江省').trigger('click')
    await node('杭州市').find('.el-cascader-node__label').trigger('click')
    expect(value.value).toEqual(['330000', '330100'])
    await node('西湖区').trigger('click')
    expect(value.value).toEqual(['330000', '330100', '330106'])
  })

  it('moves the choice to another province', async () => {
    const { value, node } = panel()
    await node('浙江省').trigger('click')
    await node('江苏省').trigger('click')
    expect(value.value).toEqual(['320000'])
  })
})
