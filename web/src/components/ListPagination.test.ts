import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import ListPagination from './ListPagination.vue'

function pagination(props: { total: number; capped?: boolean }) {
  i18n.global.locale.value = 'zh-CN'
  return mount(ListPagination, { props: { page: 1, size: 20, ...props }, global: { plugins: [ElementPlus, i18n] } })
}

describe('list pagination', () => {
  it('shows a total that stopped counting as "more than"', () => {
    const wrapper = pagination({ total: 1000, capped: true })
    expect(wrapper.find('[data-testid="pagination-capped"]').text()).toBe('超过 1,000 条')
    expect(wrapper.find('.el-pagination__total').exists()).toBe(false)
  })

  it('shows an exact total as Element Plus does', () => {
    const wrapper = pagination({ total: 2845 })
    expect(wrapper.find('[data-testid="pagination-capped"]').exists()).toBe(false)
    expect(wrapper.find('.el-pagination__total').text()).toContain('2845')
  })
})
