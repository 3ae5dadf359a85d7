// Friendly names for the generated OpenAPI types. The generator marks every response field optional
// (springdoc does not emit `required` for records), so views are wrapped in Full<>: the server always
// sends these fields, except those removed by a field policy, which the screens check for.
import type { components } from './schema'

type Schemas = components['schemas']

/** Every property present, deeply (the value itself may still be null for optional references). */
export type Full<T> = T extends (infer U)[]
  ? Full<U>[]
  : T extends object
    ? { [K in keyof T]-?: Full<Exclude<T[K], undefined>> }
    : T

export type MeView = Full<Schemas['MeView']>
export type CompanyRef = Full<Schemas['Company']>
export type UserView = Full<Schemas['UserView']>
export type RoleRef = Full<Schemas['RoleRef']>
export type RoleView = Full<Schemas['RoleView']>
export type Grant = Schemas['Grant']
export type FieldRule = Schemas['FieldRule']
export type Catalog = Full<Schemas['PermissionCatalogView']>
export type CatalogModule = Full<Schemas['CatalogModule']>
export type CatalogEntity = Full<Schemas['CatalogEntity']>
export type CatalogOption = Full<Schemas['CatalogOption']>
export type DepartmentView = Full<Schemas['DepartmentView']>
export type DirectoryPerson = Full<Schemas['DirectoryUser']>
export type LoginEntry = Full<Schemas['LoginHistoryEntry']>
export type RecycleEntry = Full<Schemas['RecycleBinEntry']>
export type HistoryEntry = Full<Schemas['HistoryEntry']>
export type HistoryChange = Schemas['Change']
export type DictTypeView = Full<Schemas['DictTypeView']>
export type DictItemView = Full<Schemas['DictItemView']>
export type CompanyView = Full<Schemas['CompanyView']>
export type TokenView = Full<Schemas['ApiTokenView']>
export type CreatedToken = { token: TokenView; secret: string }
export type LoginOptions = Full<Schemas['LoginOptions']>

// Request bodies that the generator names correctly.
export type LoginRequest = Schemas['LoginRequest']
export type CreateUserRequest = Schemas['CreateUser']
export type UpdateUserRequest = Schemas['UpdateUser']
export type MoveUserRequest = Schemas['MoveUser']
export type UserStatus = NonNullable<Schemas['UserView']['status']>
export type SaveRoleRequest = Schemas['SaveRole']
export type CreateDictTypeRequest = Schemas['CreateDictType']
export type UpdateDictTypeRequest = Schemas['UpdateDictType']
export type CreateDictItemRequest = Schemas['CreateDictItem']
export type UpdateDictItemRequest = Schemas['UpdateDictItem']
export type UpdateCompanyRequest = Schemas['UpdateCompany']
export type CreateTokenRequest = Schemas['CreateApiToken']
export type FieldAccess = 'HIDDEN' | 'READ_ONLY' | 'EDITABLE'
export type Operation = NonNullable<Schemas['Grant']['operation']>
export type DataScope = NonNullable<Schemas['Grant']['scope']>

export type CreateDepartmentRequest = Schemas['CreateDepartment']
export type UpdateDepartmentRequest = Omit<Schemas['UpdateDepartment'], 'version'>

/** One page of a list: `total` only when asked for with total=true. */
export interface PageResult<T> {
  items: T[]
  page: number
  size: number
  hasMore: boolean
  total?: number | null
  /** The total stopped counting: there are more rows than `total`. */
  totalCapped?: boolean
}

export interface ListParams {
  page?: number
  size?: number
  sort?: string
  total?: boolean
}

// Customers (客户), contacts, follow-ups, pools, merges, the 360 view.
export type CustomerView = Full<Schemas['CustomerView']>
export type CustomerDetail = Full<Schemas['CustomerDetail']>
export type CustomerOverview = Full<Schemas['CustomerOverview']>
export type CustomerFigure = Full<Schemas['FigureView']>
export type TimelineEntry = Full<Schemas['Entry']>
export type TimelinePage = Full<Schemas['TimelinePage']>
export type PossibleDuplicate = Full<Schemas['PossibleDuplicate']>
export type BatchOutcome = Full<Schemas['BatchOutcome']>
export type MergeView = Full<Schemas['MergeView']>
export type StatsDistribution = Full<Schemas['Distribution']>
export type StatsBucket = Full<Schemas['Bucket']>
export type HandOverSummary = Full<Schemas['HandOverSummary']>
export type HandOverOutcome = Full<Schemas['HandOverOutcome']>
export type CustomerSettingsView = Full<Schemas['CustomerSettingsView']>
export type CreateCustomerRequest = Schemas['CreateCustomer']
export type UpdateCustomerRequest = Omit<Schemas['UpdateCustomer'], 'version'>
export type TransferCustomersRequest = Schemas['TransferCustomers']
export type HandOverRequest = Schemas['HandOver']
export type MergeCustomersRequest = Omit<Schemas['MergeCustomers'], 'version'>
export type ContactView = Full<Schemas['ContactView']>
export type CreateContactRequest = Schemas['CreateContact']
export type UpdateContactRequest = Omit<Schemas['UpdateContact'], 'version'>
export type FollowUpView = Full<Schemas['FollowUpView']>
export type CreateFollowUpRequest = Schemas['CreateFollowUp']
export type UpdateFollowUpRequest = Omit<Schemas['UpdateFollowUp'], 'version'>
export type PoolView = Full<Schemas['PoolView']>
export type PoolRuleView = Full<Schemas['RuleView']>
export type PoolMemberView = Full<Schemas['MemberView']>
export type SavePoolRequest = Omit<Schemas['SavePool'], 'version'>
export type PoolRulesOutcome = Full<Schemas['Outcome']>

// Platform: saved views, notifications, regions, attachments.
export type SavedView = Full<Schemas['ViewOfList']>
export type SaveViewRequest = Omit<Schemas['SaveView'], 'version'>
export type SavedViewVisibility = NonNullable<Schemas['SaveView']['visibility']>
export type NotificationView = Full<Schemas['NotificationView']>
export type AttachmentView = Full<Schemas['AttachmentView']>
export interface RegionNode {
  code: string
  name: string
  children: RegionNode[]
}
