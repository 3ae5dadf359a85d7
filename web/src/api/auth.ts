import { http, ensureCsrfCookie } from './http'
import type { LoginOptions, LoginRequest, MeView } from './types'

export async function fetchLoginOptions(): Promise<LoginOptions> {
  return (await http.get<LoginOptions>('/api/v1/auth/options', { skipAuthRedirect: true })).data
}

export async function login(request: LoginRequest): Promise<MeView> {
  await ensureCsrfCookie(true)
  return (await http.post<MeView>('/api/v1/auth/login', request, { skipAuthRedirect: true })).data
}

export async function logout(): Promise<void> {
  await http.post('/api/v1/auth/logout', null, { skipAuthRedirect: true })
}

export async function fetchMe(): Promise<MeView> {
  return (await http.get<MeView>('/api/v1/auth/me', { skipAuthRedirect: true })).data
}
