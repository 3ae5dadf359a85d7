// The company login log; the calls are shared with "my sign-ins" in src/api/loginHistory.ts.
export { companyLoginHistory as listLoginHistory, type LoginHistoryFilters } from '@/api/loginHistory'
