import { isNew, type EntryRow } from './rows'
import type { CatalogIndex, EntryColumn, EntryType, RowRule, RuleContext, Values } from './types'

/**
 * The checks a row gets before it is sent, mirroring the API so that most problems show on the cell while typing:
 * unreadable text, required fields, ranges and lengths from the column descriptors, options of the catalogs, then the
 * entry type's cross-field rules. The server's own answer (422) is added on top and shown the same way.
 */

/** One message on a cell: an i18n key (client rules) or the server's text. */
export type Message = { key: string; params?: Record<string, string | number>; missing?: boolean } | { text: string }

/** Messages by field; '' holds problems of the row as a whole (e.g. a field the grid does not show). */
export type RowErrors = Record<string, Message[]>

export function isRequired(column: EntryColumn, values: Values): boolean {
  return typeof column.required === 'function' ? column.required(values) : column.required === true
}

function empty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '')
}

function add(errors: RowErrors, field: string, message: Message): void {
  const list = (errors[field] ??= [])
  const same = (m: Message) => JSON.stringify(m) === JSON.stringify(message)
  if (!list.some(same)) list.push(message)
}

/** Column-level problems of one cell. */
export function cellProblems(column: EntryColumn, row: EntryRow, catalogs: CatalogIndex): Message[] {
  const out: Message[] = []
  const bad = row.invalid[column.field]
  if (bad) return [{ key: bad.key, params: bad.params }]
  const value = row.values[column.field]
  if (empty(value)) {
    if (isRequired(column, row.values)) out.push({ key: 'entry.rule.required', missing: true })
    return out
  }
  if (typeof value === 'number') {
    if (column.min !== undefined && value < column.min) out.push({ key: 'entry.rule.min', params: { min: column.min } })
    if (column.max !== undefined && value > column.max) out.push({ key: 'entry.rule.max', params: { max: column.max } })
  }
  if (typeof value === 'string' && column.maxLength !== undefined && value.length > column.maxLength) {
    out.push({ key: 'entry.rule.maxLength', params: { max: column.maxLength } })
  }
  if (column.type === 'select' && column.catalog) {
    const item = catalogs.get(column.catalog, value)
    // a stored row keeps whatever it had; a new or changed choice must be an active option
    const untouched = row.original !== null && row.original[column.field] === value
    if (!untouched && item && !item.active) {
      // options with a status (work orders) say which; others are simply inactive
      const status = item.extra?.status
      out.push(typeof status === 'string' ? { key: 'entry.rule.closed', params: { code: item.code, status: status.toLowerCase() } } : { key: 'entry.rule.inactive', params: { code: item.code } })
    }
    if (!untouched && !item && catalogs.list(column.catalog).length > 0) out.push({ key: 'entry.rule.unknownOption' })
  }
  return out
}

/** Every problem of a row: cells, the type's rules, and the server's last answer. */
export function validateRow(row: EntryRow, type: EntryType, ctx: RuleContext): RowErrors {
  const errors: RowErrors = {}
  const wrong = new Set<string>()
  for (const column of type.columns) {
    for (const m of cellProblems(column, row, ctx.catalogs)) {
      add(errors, column.field, m)
      if (!('missing' in m && m.missing)) wrong.add(column.field)
    }
  }
  for (const rule of type.rules) {
    // a rule reading a wrong value would only repeat that problem in other words
    if (rule.reads.some((f) => wrong.has(f))) continue
    for (const e of rule.check(row.values, ctx, isNew(row))) {
      add(errors, e.field, e.missing ? { key: e.key, params: e.params, missing: true } : { key: e.key, params: e.params })
    }
  }
  const known = new Set(type.columns.map((c) => c.field))
  for (const [field, messages] of Object.entries(row.serverErrors)) {
    for (const text of messages) add(errors, known.has(field) ? field : '', { text: known.has(field) || !field ? text : `${field}: ${text}` })
  }
  return errors
}

export function errorCount(errors: RowErrors): number {
  return Object.values(errors).reduce((n, list) => n + list.length, 0)
}

/* ---- rules shared by several entry types ---- */

/** A day inside the user's entry window: not after the plant's today, not before the back-dating limit. */
export function dateWindow(field: string): RowRule {
  return {
    reads: [field],
    check: (values, ctx) => {
      const day = values[field]
      if (typeof day !== 'string' || !day) return []
      if (day > ctx.today) return [{ field, key: 'entry.rule.future', params: { today: ctx.today } }]
      if (ctx.earliest && day < ctx.earliest) return [{ field, key: 'entry.rule.tooOld', params: { earliest: ctx.earliest } }]
      return []
    },
  }
}

/** `small ≤ large`, shown on `field`; `reads` names the fields both sides come from. */
export function notAbove(
  field: string,
  reads: readonly string[],
  small: (v: Values) => number | null,
  large: (v: Values) => number | null,
  key: string,
): RowRule {
  return {
    reads,
    check: (values) => {
      const a = small(values)
      const b = large(values)
      return a !== null && b !== null && a > b ? [{ field, key, params: { value: a, limit: b } }] : []
    },
  }
}

/** A number field, or null when empty or unreadable. */
export function num(field: string) {
  return (v: Values): number | null => (typeof v[field] === 'number' ? (v[field] as number) : null)
}
