// Attachments of a record (platform files API).
import { http } from './http'
import type { AttachmentView } from './types'

const BASE = '/api/v1/files'

export async function listFiles(subjectType: string, subjectId: number): Promise<AttachmentView[]> {
  return (await http.get<AttachmentView[]>(`${BASE}/${subjectType}/${subjectId}`)).data
}

export async function uploadFile(subjectType: string, subjectId: number, file: File): Promise<AttachmentView> {
  const body = new FormData()
  body.append('file', file)
  return (await http.post<AttachmentView>(`${BASE}/${subjectType}/${subjectId}`, body)).data
}

export async function deleteFile(id: number): Promise<void> {
  await http.delete(`${BASE}/${id}`)
}

/** Same-origin download link (the server sends it as an attachment). */
export function fileUrl(id: number): string {
  return `${BASE}/${id}/content`
}
