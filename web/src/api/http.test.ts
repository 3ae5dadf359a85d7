import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios'
import { ApiError, cleanParams, configureHttp, http } from './http'

const seen: InternalAxiosRequestConfig[] = []
let respond: (config: InternalAxiosRequestConfig) => { status: number; data: unknown } = () => ({ status: 200, data: {} })

const adapter: AxiosAdapter = async (config) => {
  seen.push(config)
  if (config.url === '/api/v1/auth/csrf') document.cookie = 'XSRF-TOKEN=fresh-token; path=/'
  const { status, data } = respond(config)
  const response = { data, status, statusText: String(status), headers: {}, config, request: {} }
  if (status >= 400) {
    const error = Object.assign(new Error(`HTTP ${status}`), { isAxiosError: true, response, config })
    throw error
  }
  return response
}

function clearCookie() {
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
}

describe('http client', () => {
  beforeEach(() => {
    seen.length = 0
    http.defaults.adapter = adapter
    respond = () => ({ status: 200, data: {} })
    clearCookie()
  })
  afterEach(() => clearCookie())

  it('sends the UI language with every request', async () => {
    configureHttp({ locale: () => 'en-US' })
    await http.get('/api/v1/users')
    expect(seen[0].headers.get('Accept-Language')).toBe('en-US')
    configureHttp({ locale: () => 'zh-CN' })
  })

  it('sends the current XSRF cookie on state-changing requests, re-read each time', async () => {
    document.cookie = 'XSRF-TOKEN=first; path=/'
    await http.post('/api/v1/departments', {})
    document.cookie = 'XSRF-TOKEN=second; path=/'
    await http.patch('/api/v1/departments/1', {})
    await http.get('/api/v1/departments')
    expect(seen[0].headers.get('X-XSRF-TOKEN')).toBe('first')
    expect(seen[1].headers.get('X-XSRF-TOKEN')).toBe('second')
    expect(seen[2].headers.get('X-XSRF-TOKEN')).toBeUndefined()
  })

  it('fetches the CSRF cookie first when it is missing', async () => {
    await http.delete('/api/v1/roles/3')
    expect(seen.map((c) => c.url)).toEqual(['/api/v1/auth/csrf', '/api/v1/roles/3'])
    expect(seen[1].headers.get('X-XSRF-TOKEN')).toBe('fresh-token')
  })

  it('turns problem details into ApiError and reports 401', async () => {
    const unauthorized = vi.fn()
    configureHttp({ onUnauthorized: unauthorized })
    respond = () => ({ status: 401, data: { status: 401, code: 'unauthenticated', detail: '请先登录' } })
    const error = await http.get('/api/v1/users').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).problem.detail).toBe('请先登录')
    expect(unauthorized).toHaveBeenCalledTimes(1)
  })

  it('does not redirect on 401 when the caller handles it', async () => {
    const unauthorized = vi.fn()
    configureHttp({ onUnauthorized: unauthorized })
    respond = () => ({ status: 401, data: { status: 401 } })
    await http.get('/api/v1/auth/me', { skipAuthRedirect: true }).catch(() => undefined)
    expect(unauthorized).not.toHaveBeenCalled()
  })
})

describe('cleanParams', () => {
  it('drops empty values but keeps false and 0', () => {
    expect(cleanParams({ q: '', a: undefined, b: null, c: false, d: 0, e: 'x' })).toEqual({ c: false, d: 0, e: 'x' })
  })
})
