// The one HTTP client: same-origin axios with CSRF, Accept-Language and problem-details errors.
import axios, { AxiosHeaders, type AxiosError, type InternalAxiosRequestConfig } from 'axios'
import { readCookie } from './cookies'
import { isProblem, type Problem } from './problem'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Do not send the user to the sign-in page on 401 (the caller handles it). */
    skipAuthRedirect?: boolean
    /** How many times this request was sent again after a 503 "busy" (set by the client itself). */
    busyRetries?: number
  }
}

export const XSRF_COOKIE = 'XSRF-TOKEN'
export const XSRF_HEADER = 'X-XSRF-TOKEN'
const CSRF_URL = '/api/v1/auth/csrf'
const UNSAFE = new Set(['post', 'put', 'patch', 'delete'])

/** A failed API call: the HTTP status and the problem details (a made-up one for network errors). */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
  }
}

interface Hooks {
  locale: () => string
  onUnauthorized: () => void
}

let hooks: Hooks = { locale: () => 'zh-CN', onUnauthorized: () => undefined }

/** Wires the client to the app: current UI language and what to do on 401. */
export function configureHttp(next: Partial<Hooks>): void {
  hooks = { ...hooks, ...next }
}

export const http = axios.create({
  timeout: 30_000,
  // CSRF is handled below, reading the cookie on every request (the token changes at sign-in).
  withXSRFToken: false,
  xsrfCookieName: '',
  paramsSerializer: { indexes: null },
})

let csrfLoading: Promise<unknown> | null = null

/** Makes sure the XSRF-TOKEN cookie exists (the server sets it on GET /auth/csrf). */
export async function ensureCsrfCookie(force = false): Promise<void> {
  if (!force && readCookie(XSRF_COOKIE)) return
  csrfLoading ??= http.get(CSRF_URL, { skipAuthRedirect: true }).finally(() => {
    csrfLoading = null
  })
  await csrfLoading
}

http.interceptors.request.use(async (config: InternalAxiosRequestConfig) => {
  const headers = AxiosHeaders.from(config.headers)
  headers.set('Accept-Language', hooks.locale())
  headers.set('Accept', 'application/json, application/problem+json')
  const method = (config.method ?? 'get').toLowerCase()
  if (UNSAFE.has(method)) {
    await ensureCsrfCookie()
    const token = readCookie(XSRF_COOKIE)
    if (token) headers.set(XSRF_HEADER, token)
  }
  config.headers = headers
  return config
})

/**
 * A 503 "busy" means the server refused the request before doing anything (too many at once), so any
 * request, a change too, is sent again after the server's Retry-After (at most this many times).
 */
export const BUSY_RETRIES = 2
const MAX_RETRY_WAIT_MS = 5_000

/** Retry-After in milliseconds (seconds as the server sends them; 1 s when absent or unreadable). */
export function retryAfterMs(header: unknown): number {
  const seconds = Number(header)
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_WAIT_MS) : 1000
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

http.interceptors.response.use(
  (response) => response,
  async (error: AxiosError) => {
    const status = error.response?.status ?? 0
    const body = error.response?.data
    const config = error.config
    if (status === 503 && isProblem(body) && body.code === 'busy' && config && (config.busyRetries ?? 0) < BUSY_RETRIES) {
      config.busyRetries = (config.busyRetries ?? 0) + 1
      await pause(retryAfterMs(error.response?.headers?.['retry-after']))
      return http.request(config)
    }
    const problem: Problem = isProblem(body)
      ? body
      : { status, title: error.response?.statusText, code: status === 0 ? 'network' : undefined }
    if (status === 401 && !error.config?.skipAuthRedirect) {
      hooks.onUnauthorized()
    }
    return Promise.reject(new ApiError(problem))
  },
)

/** Query parameters without empty values (undefined, null, ''). */
export function cleanParams(params: object): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') result[key] = value
  }
  return result
}
