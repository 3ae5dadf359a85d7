import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios'
import { ApiError, BUSY_RETRIES, cleanParams, configureHttp, http, retryAfterMs } from './http'

const seen: InternalAxiosRequestConfig[] = []
type Reply = { status: number; data: unknown; headers?: Record<string, string> }
let respond: (config: InternalAxiosRequestConfig) => Reply = () => ({ status: 200, data: {} })

const adapter: AxiosAdapter = async (config) => {
  seen.push(config)
  if (config.url === '/api/v1/auth/csrf') document.cookie = 'XSRF-TOKEN=fresh-token; path=/'
  const { status, data, headers } = respond(config)
  const response = { data, status, statusText: String(status), headers: headers ?? {}, config, request: {} }
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

describe('a busy server', () => {
  const busy: Reply = { status: 503, data: { status: 503, code: 'busy', detail: '服务器正忙，请稍后重试。' },
    headers: { 'retry-after': '1' } }

  beforeEach(() => {
    seen.length = 0
    http.defaults.adapter = adapter
    document.cookie = 'XSRF-TOKEN=t; path=/'
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
    clearCookie()
  })

  it('is asked again after its Retry-After, a change too, and the answer that comes is the caller\'s', async () => {
    let calls = 0
    respond = () => (++calls === 1 ? busy : { status: 201, data: { id: 7 } })
    const sent = http.post('/api/v1/customers', { name: '客知' })
    await vi.advanceTimersByTimeAsync(999)
    expect(seen).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    await expect(sent).resolves.toMatchObject({ status: 201, data: { id: 7 } })
    expect(seen).toHaveLength(2)
    expect(seen[1].data).toBe(seen[0].data)
  })

  it('is asked at most twice more, then its problem is the caller\'s error', async () => {
    respond = () => busy
    const sent = http.get('/api/v1/customers').catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(5_000)
    const error = await sent
    expect(seen).toHaveLength(1 + BUSY_RETRIES)
    expect((error as ApiError).status).toBe(503)
    expect((error as ApiError).problem.detail).toBe('服务器正忙，请稍后重试。')
  })

  it('is not asked again for other 503s', async () => {
    respond = () => ({ status: 503, data: { status: 503, code: 'internal' } })
    await http.get('/api/v1/customers').catch(() => undefined)
    expect(seen).toHaveLength(1)
  })

  it('reads Retry-After as seconds, waiting at most 5 s', () => {
    expect(retryAfterMs('2')).toBe(2000)
    expect(retryAfterMs('120')).toBe(5000)
    expect(retryAfterMs(undefined)).toBe(1000)
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT')).toBe(1000)
  })
})

describe('cleanParams', () => {
  it('drops empty values but keeps false and 0', () => {
    expect(cleanParams({ q: '', a: undefined, b: null, c: false, d: 0, e: 'x' })).toEqual({ c: false, d: 0, e: 'x' })
  })
})
