/** Read a cookie value by name from a `document.cookie` style string. */
export function readCookie(name: string, source?: string): string | null {
  const all = source ?? (typeof document !== 'undefined' ? document.cookie : '')
  for (const part of all.split(';')) {
    const idx = part.indexOf('=')
    if (idx < 0) continue
    if (part.slice(0, idx).trim() === name) {
      const raw = part.slice(idx + 1).trim()
      try {
        return decodeURIComponent(raw)
      } catch {
        return raw
      }
    }
  }
  return null
}
