import { http } from '@/api/http'
import type { CreatedToken, CreateTokenRequest, TokenView } from '@/api/types'

export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  await http.put('/api/v1/me/password', { currentPassword, newPassword })
}

export async function listTokens(): Promise<TokenView[]> {
  return (await http.get<TokenView[]>('/api/v1/me/tokens')).data
}

/** The secret is in this response only. */
export async function createToken(request: CreateTokenRequest): Promise<CreatedToken> {
  return (await http.post<CreatedToken>('/api/v1/me/tokens', request)).data
}

export async function revokeToken(id: number): Promise<void> {
  await http.delete(`/api/v1/me/tokens/${id}`)
}

export { myLoginHistory } from '@/api/loginHistory'
