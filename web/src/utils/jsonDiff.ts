export interface DiffRow {
  key: string
  oldValue: unknown
  newValue: unknown
  changed: boolean
}

function asObject(v: unknown): Record<string, unknown> | null {
  if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>
  if (typeof v === 'string') {
    try {
      const parsed: unknown = JSON.parse(v)
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>
    } catch {
      /* not JSON */
    }
  }
  return null
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Rows for an old → new comparison (keys in first-seen order; absent = undefined). */
export function diffObjects(oldValue: unknown, newValue: unknown): DiffRow[] {
  const o = asObject(oldValue) ?? {}
  const n = asObject(newValue) ?? {}
  const keys: string[] = []
  for (const k of [...Object.keys(o), ...Object.keys(n)]) if (!keys.includes(k)) keys.push(k)
  return keys.map((key) => {
    const ov = Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined
    const nv = Object.prototype.hasOwnProperty.call(n, key) ? n[key] : undefined
    return { key, oldValue: ov, newValue: nv, changed: !same(ov, nv) }
  })
}

export function displayValue(v: unknown): string {
  if (v === undefined) return '—'
  if (v === null) return 'null'
  if (typeof v === 'string') return v
  return JSON.stringify(v)
}
