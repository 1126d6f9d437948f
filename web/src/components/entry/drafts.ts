import type { EntryRow } from './rows'

/**
 * Unsaved rows are kept in the browser (localStorage) per user, client and entry type until they are saved, so a
 * reload, a crash or a tablet running out of battery loses nothing. The key of a save attempt that got no answer is
 * kept with them: retrying the same rows re-sends the same Idempotency-Key, so the server cannot store them twice.
 */

export interface SaveAttempt {
  /** The Idempotency-Key sent. */
  key: string
  /** The exact body it was sent with (a changed body needs a new key). */
  body: string
}

export interface Draft {
  rows: EntryRow[]
  attempt: SaveAttempt | null
}

const VERSION = 1

export function draftKey(userId: number, clientId: number, type: string): string {
  return `kpi-entry-draft:${userId}:${clientId}:${type}`
}

export function writeDraft(storage: Storage, key: string, draft: Draft): void {
  try {
    if (!draft.rows.length && !draft.attempt) storage.removeItem(key)
    else storage.setItem(key, JSON.stringify({ v: VERSION, ...draft }))
  } catch {
    /* storage full or unavailable: the rows stay on screen */
  }
}

function isRow(x: unknown): x is EntryRow {
  if (!x || typeof x !== 'object') return false
  const r = x as Record<string, unknown>
  return (
    typeof r.key === 'string' &&
    (r.id === null || typeof r.id === 'number') &&
    !!r.values &&
    typeof r.values === 'object' &&
    !!r.invalid &&
    typeof r.invalid === 'object'
  )
}

/** The stored draft, or null when there is none (or it cannot be read). */
export function readDraft(storage: Storage, key: string): Draft | null {
  let raw: string | null = null
  try {
    raw = storage.getItem(key)
  } catch {
    return null
  }
  if (!raw) return null
  try {
    const data = JSON.parse(raw) as { v?: number; rows?: unknown; attempt?: unknown }
    if (data.v !== VERSION || !Array.isArray(data.rows)) return null
    const rows = data.rows.filter(isRow).map((r) => ({
      ...r,
      version: typeof r.version === 'number' ? r.version : null,
      original: r.original && typeof r.original === 'object' ? r.original : null,
      serverErrors: r.serverErrors && typeof r.serverErrors === 'object' ? r.serverErrors : {},
      conflict: r.conflict === true,
    }))
    const a = data.attempt as Partial<SaveAttempt> | null | undefined
    const attempt = a && typeof a.key === 'string' && typeof a.body === 'string' ? { key: a.key, body: a.body } : null
    return { rows, attempt }
  } catch {
    return null
  }
}
