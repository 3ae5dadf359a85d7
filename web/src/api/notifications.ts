// The signed-in user's notifications.
import { http } from './http'
import type { NotificationView, PageResult } from './types'

const BASE = '/api/v1/notifications'

export async function listNotifications(unreadOnly: boolean, page = 1, size = 10): Promise<PageResult<NotificationView>> {
  return (await http.get<PageResult<NotificationView>>(BASE, { params: { unreadOnly, page, size } })).data
}

export async function unreadCount(): Promise<number> {
  return (await http.get<{ unread: number }>(`${BASE}/unread-count`)).data.unread
}

export async function markRead(id: number): Promise<void> {
  await http.post(`${BASE}/${id}/read`)
}

export async function markAllRead(): Promise<void> {
  await http.post(`${BASE}/read-all`)
}
