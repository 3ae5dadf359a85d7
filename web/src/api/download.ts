// Downloads a file the server generates (exports): the browser saves it under the server's name;
// an error answer is read back into the usual ApiError.
import { http, cleanParams, ApiError } from './http'
import { isProblem } from './problem'

function fileNameOf(disposition: string | undefined, fallback: string): string {
  if (!disposition) return fallback
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (star) return decodeURIComponent(star[1])
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  return plain ? plain[1] : fallback
}

export async function download(url: string, params: object, fallbackName: string): Promise<void> {
  const response = await http.get<Blob>(url, { params: cleanParams(params), responseType: 'blob', validateStatus: () => true })
  if (response.status >= 400) {
    let body: unknown = null
    try {
      body = JSON.parse(await response.data.text())
    } catch {
      body = null
    }
    throw new ApiError(isProblem(body) ? body : { status: response.status, title: response.statusText })
  }
  const href = URL.createObjectURL(response.data)
  const link = document.createElement('a')
  link.href = href
  link.download = fileNameOf(response.headers['content-disposition'] as string | undefined, fallbackName)
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
}
