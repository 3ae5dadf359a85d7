// Sign-in calls live in the shared client (src/api/auth.ts); this module only remembers the company code.
const LAST_COMPANY_KEY = 'kezhi.lastCompany'

export function lastCompanyCode(): string {
  try {
    return localStorage.getItem(LAST_COMPANY_KEY) ?? ''
  } catch {
    return ''
  }
}

export function rememberCompanyCode(code: string): void {
  try {
    if (code) localStorage.setItem(LAST_COMPANY_KEY, code)
  } catch {
    // ignore
  }
}
