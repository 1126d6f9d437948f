/**
 * Problem-detail errors of forms with repeated rows: "jobs[1].sequence" lands on row 1's "sequence",
 * "planned_ship_date" on the form's field; anything else goes to the form's alert.
 */
import type { ProblemDetail } from '@/api/types'
import { normalizeField, type FieldErrors } from './problem'

export interface FieldPath {
  /** The list a row field belongs to ("jobs"), absent for a top-level field. */
  list?: string
  index?: number
  /** snake_case field name. */
  key: string
}

/** "jobs[1].lineId" → { list: 'jobs', index: 1, key: 'line_id' }; "number" → { key: 'number' }. */
export function parseFieldPath(field: string): FieldPath {
  const m = /^([A-Za-z_][\w]*)\[(\d+)\]\.(.+)$/.exec(field.trim())
  if (m) return { list: normalizeField(m[1]!), index: Number(m[2]), key: normalizeField(m[3]!) }
  return { key: normalizeField(field.trim()) }
}

export interface NestedErrors {
  fields: FieldErrors
  rows: Record<string, Record<number, FieldErrors>>
  other: string[]
}

function add(target: FieldErrors, key: string, message: string): void {
  const list = (target[key] ??= [])
  if (!list.includes(message)) list.push(message)
}

/**
 * @param known top-level form fields
 * @param lists for each row list, the fields a row shows (e.g. { jobs: ['sequence', 'operation_name', …] })
 */
export function mapNestedFieldErrors(
  problem: ProblemDetail | null | undefined,
  known: readonly string[],
  lists: Record<string, readonly string[]>,
): NestedErrors {
  const out: NestedErrors = { fields: {}, rows: {}, other: [] }
  for (const err of problem?.errors ?? []) {
    if (!err.field) {
      if (err.message) out.other.push(err.message)
      continue
    }
    const path = parseFieldPath(err.field)
    if (path.list !== undefined && path.index !== undefined && lists[path.list]?.includes(path.key)) {
      const rows = (out.rows[path.list] ??= {})
      add((rows[path.index] ??= {}), path.key, err.message)
    } else if (path.list === undefined && known.includes(path.key)) {
      add(out.fields, path.key, err.message)
    } else if (err.message) {
      out.other.push(`${err.field}: ${err.message}`)
    }
  }
  return out
}
