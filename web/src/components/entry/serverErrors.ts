import type { FieldErrorDto } from '@/api/types'

/**
 * The API names a batch row's problems `entries[i].field` (i = position in the batch sent) and a single entry's
 * problems by field. These map them back onto the grid's rows and cells.
 */

export type FieldMessages = Record<string, string[]>

const ENTRY = /^entries\[(\d+)\](?:\.([A-Za-z0-9_]+))?/

function push(target: FieldMessages, field: string, message: string): void {
  const list = (target[field] ??= [])
  if (!list.includes(message)) list.push(message)
}

/** The head of a field path ("defects[0].code" → "defects"). */
function head(field: string): string {
  return field.split(/[[.]/)[0] ?? field
}

/**
 * Errors of a batch by row key: `keys[i]` is the row sent as entry i. Errors that name no entry (or an entry that was
 * not sent) come back in `other`.
 */
export function mapBatchErrors(
  errors: readonly FieldErrorDto[],
  keys: readonly string[],
): { byKey: Map<string, FieldMessages>; other: string[] } {
  const byKey = new Map<string, FieldMessages>()
  const other: string[] = []
  for (const e of errors) {
    const m = ENTRY.exec(e.field ?? '')
    const key = m ? keys[Number(m[1])] : undefined
    if (!m || key === undefined) {
      other.push(e.field ? `${e.field}: ${e.message}` : e.message)
      continue
    }
    const target = byKey.get(key) ?? {}
    push(target, m[2] ? head(m[2]) : '', e.message)
    byKey.set(key, target)
  }
  return { byKey, other }
}

/** Errors of a single entry (PUT) by field; '' for errors without a field. */
export function mapRowErrors(errors: readonly FieldErrorDto[]): FieldMessages {
  const out: FieldMessages = {}
  for (const e of errors) push(out, e.field ? head(e.field) : '', e.message)
  return out
}
