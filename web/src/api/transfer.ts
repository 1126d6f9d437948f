/**
 * File transfers on top of `send` (api/client.ts): an upload transport that reports progress (fetch cannot),
 * and downloads of authenticated files (fetch → Blob → object URL → <a download>).
 */
import { createAuthFetch, send, type FetchLike } from './client'

/** Share of the request body sent so far, 0–1. */
export type ProgressHandler = (sent: number) => void

function responseHeaders(raw: string): Headers {
  const headers = new Headers()
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':')
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim())
  }
  return headers
}

/** A fetch over XMLHttpRequest, whose upload reports progress. */
export function xhrFetch(onProgress: ProgressHandler): FetchLike {
  return async (request) => {
    const body = await request.blob()
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest()
      xhr.open(request.method, request.url)
      xhr.withCredentials = true
      xhr.responseType = 'blob'
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value))
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total)
      }
      xhr.onload = () =>
        resolve(
          new Response(xhr.status === 204 ? null : (xhr.response as Blob), {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: responseHeaders(xhr.getAllResponseHeaders()),
          }),
        )
      xhr.onerror = () => reject(new TypeError('Network request failed'))
      xhr.onabort = () => reject(new TypeError('Request aborted'))
      xhr.send(body)
    })
  }
}

/** Sends a multipart form, reporting the upload's progress; same CSRF and refresh-on-401 as every call. */
export async function uploadForm(path: string, form: FormData, onProgress: ProgressHandler): Promise<unknown> {
  const response = await send(path, { method: 'POST', body: form }, createAuthFetch(xhrFetch(onProgress)))
  return response.json()
}

/** Downloads an authenticated file and saves it under `fileName`. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const response = await send(path, { headers: { Accept: 'text/csv, application/problem+json' } })
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // the browser has taken the file once the click's task is over
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
