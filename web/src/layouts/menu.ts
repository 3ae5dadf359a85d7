// The left menu: groups of pages, each shown only to users allowed to open it.
import type { Component } from 'vue'
import {
  House, OfficeBuilding, User, Lock, Setting, Collection, Tickets, Delete, Connection, Tools, Briefcase, Coin, Postcard,
  ChatLineSquare, DataAnalysis,
} from '@element-plus/icons-vue'
import type { AuthStore } from '@/stores/auth'

export interface MenuItem {
  path: string
  titleKey: string
  icon: Component
  testId: string
  visible: (auth: AuthStore) => boolean
}

export interface MenuGroup {
  key: string
  titleKey: string
  icon: Component
  items: MenuItem[]
}

export type MenuEntry = MenuItem | MenuGroup

export const isGroup = (entry: MenuEntry): entry is MenuGroup => 'items' in entry

const always = () => true

export const menu: MenuEntry[] = [
  { path: '/', titleKey: 'menu.home', icon: House, testId: 'menu-home', visible: always },
  {
    key: 'customers',
    titleKey: 'menu.customerGroup',
    icon: Briefcase,
    items: [
      { path: '/customers', titleKey: 'menu.customers', icon: Briefcase, testId: 'menu-customers', visible: (a) => a.can('customer', 'VIEW') },
      { path: '/customer-pools', titleKey: 'menu.customerPools', icon: Coin, testId: 'menu-customer-pools', visible: (a) => a.can('customer', 'VIEW') || a.can('customerPool', 'VIEW') },
      { path: '/contacts', titleKey: 'menu.contacts', icon: Postcard, testId: 'menu-contacts', visible: (a) => a.can('customer', 'VIEW') },
      { path: '/follow-ups', titleKey: 'menu.followUps', icon: ChatLineSquare, testId: 'menu-follow-ups', visible: (a) => a.can('customer', 'VIEW') },
      { path: '/customers/analysis', titleKey: 'menu.customerAnalysis', icon: DataAnalysis, testId: 'menu-customer-analysis', visible: (a) => a.can('customer', 'VIEW') },
    ],
  },
  {
    key: 'org',
    titleKey: 'menu.org',
    icon: Connection,
    items: [
      { path: '/admin/departments', titleKey: 'menu.departments', icon: OfficeBuilding, testId: 'menu-departments', visible: (a) => a.can('department', 'VIEW') },
      { path: '/admin/users', titleKey: 'menu.users', icon: User, testId: 'menu-users', visible: (a) => a.can('user', 'VIEW') },
      { path: '/admin/roles', titleKey: 'menu.roles', icon: Lock, testId: 'menu-roles', visible: (a) => a.can('role', 'VIEW') },
    ],
  },
  {
    key: 'system',
    titleKey: 'menu.system',
    icon: Tools,
    items: [
      { path: '/admin/company', titleKey: 'menu.company', icon: Setting, testId: 'menu-company', visible: (a) => a.can('company', 'VIEW') },
      { path: '/admin/dictionaries', titleKey: 'menu.dictionaries', icon: Collection, testId: 'menu-dictionaries', visible: always },
      { path: '/admin/login-history', titleKey: 'menu.loginHistory', icon: Tickets, testId: 'menu-login-history', visible: (a) => a.can('loginlog', 'VIEW') },
      { path: '/admin/recycle-bin', titleKey: 'menu.recycleBin', icon: Delete, testId: 'menu-recycle-bin', visible: (a) => a.recycleBin },
    ],
  },
]

/** The menu as this user sees it: hidden items removed, empty groups dropped. */
export function visibleMenu(auth: AuthStore): MenuEntry[] {
  return menu
    .map((entry) => (isGroup(entry) ? { ...entry, items: entry.items.filter((i) => i.visible(auth)) } : entry))
    .filter((entry) => (isGroup(entry) ? entry.items.length > 0 : entry.visible(auth)))
}
