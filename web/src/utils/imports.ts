import type {
  CommitMode,
  DuplicateOf,
  ImportPreview,
  ImportRow,
  ImportStatus,
  ImportTypeInfo,
  Role,
  RowFilter,
  RowUpdate,
} from '@/api/types'

/** Rules of the import wizard that need no component: error mapping, steps, commit modes, file names. */

export const IMPORT_PAGE_SIZE = 50
/** The server refuses larger files (413). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
export const ACCEPTED_EXTENSIONS = ['.csv', '.xlsx'] as const

/* ---- cell errors ---- */

export interface RowErrors {
  /** Messages by column (the columns of the import type). */
  byColumn: Record<string, string[]>
  /** Errors about no known column (about the whole row), as "field: message". */
  row: string[]
}

const canonical = (s: string) => s.trim().toLowerCase().replace(/[\s.-]+/g, '_')

/**
 * The column an error is about: its `field` when that is a column (also "values.<column>", as the row-fix
 * endpoint names them, any case, spaces/dots/dashes for underscores); null when it names no column.
 */
export function errorColumn(field: string, columns: readonly string[]): string | null {
  if (columns.includes(field)) return field
  const wanted = canonical(field.replace(/^values\./, ''))
  return columns.find((c) => canonical(c) === wanted) ?? null
}

/** Spreads a row's errors over its cells; the rest belongs to the row. */
export function rowErrors(row: Pick<ImportRow, 'errors'>, columns: readonly string[]): RowErrors {
  const byColumn: Record<string, string[]> = {}
  const rest: string[] = []
  for (const e of row.errors) {
    const column = e.field ? errorColumn(e.field, columns) : null
    if (column) (byColumn[column] ??= []).push(e.message)
    else rest.push(e.field ? `${e.field}: ${e.message}` : e.message)
  }
  return { byColumn, row: rest }
}

/** Every error of a row as one line each ("column: message"), cells in column order first. */
export function errorLines(errors: RowErrors, columns: readonly string[]): string[] {
  return [...columns.flatMap((c) => (errors.byColumn[c] ?? []).map((m) => `${c}: ${m}`)), ...errors.row]
}

/* ---- types and roles ---- */

/** The import types a role may use, in the server's order. */
export function typesFor(types: readonly ImportTypeInfo[], role: Role | null): ImportTypeInfo[] {
  return role ? types.filter((t) => t.allowed_roles.includes(role)) : []
}

/** The type to preselect: the one asked for (e.g. ?type=) when allowed, else the first allowed. */
export function pickType(allowed: readonly ImportTypeInfo[], wanted: unknown): string | null {
  const name = Array.isArray(wanted) ? wanted[0] : wanted
  return allowed.find((t) => t.name === name)?.name ?? allowed[0]?.name ?? null
}

/** Where the imported records are listed (route name), per type. */
export const TYPE_ROUTE: Record<string, string> = {
  work_orders: 'work-orders',
  products: 'products',
  employees: 'employees',
  attendance: 'attendance',
}

/* ---- the file ---- */

export type FileProblem = 'extension' | 'size' | 'empty'

/** What is wrong with a chosen file before it is sent (the server checks its content). */
export function fileProblem(file: Pick<File, 'name' | 'size'>): FileProblem | null {
  const name = file.name.toLowerCase()
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'extension'
  if (file.size === 0) return 'empty'
  if (file.size > MAX_UPLOAD_BYTES) return 'size'
  return null
}

/** "12.3 MB", "840 KB", "96 B". */
export function fileSize(bytes: number, locale = 'en'): string {
  const units = ['B', 'KB', 'MB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`
}

/* ---- downloads ---- */

/** The uploaded file's name without its extension ("orders.xlsx" → "orders"). */
export function baseName(fileName: string): string {
  const name = fileName.replace(/^.*[\\/]/, '').trim()
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '')
  return base || 'import'
}

/** Name of the rejected rows' download: "orders.xlsx" → "orders-rejected.csv" (as the server names it). */
export function rejectedFileName(fileName: string): string {
  return `${baseName(fileName)}-rejected.csv`
}

export function templateFileName(type: string): string {
  return `${type}-template.csv`
}

/* ---- wizard steps ---- */

export const STEPS = ['upload', 'preview', 'commit', 'result'] as const
export type WizardStep = (typeof STEPS)[number]

/** State of a step in the step list. */
export function stepState(step: WizardStep, current: WizardStep): 'done' | 'current' | 'todo' {
  const a = STEPS.indexOf(step)
  const b = STEPS.indexOf(current)
  return a < b ? 'done' : a === b ? 'current' : 'todo'
}

/** The step an import opens on: an open preview on Preview; a finished one (committed, discarded) on Result. */
export function openingStep(status: ImportStatus): WizardStep {
  return status === 'PREVIEW' ? 'preview' : 'result'
}

/* ---- preview rows ---- */

export interface Counts {
  total_rows: number
  valid_rows: number
  rejected_rows: number
}

/** Rows a filter shows (for the pager). */
export function filterCount(counts: Counts, only: RowFilter): number {
  return only === 'valid' ? counts.valid_rows : only === 'rejected' ? counts.rejected_rows : counts.total_rows
}

/** The PATCH body for an edited cell, or null when the value did not change (whitespace aside). */
export function cellChange(row: Pick<ImportRow, 'values'>, column: string, next: unknown): Record<string, string> | null {
  const value = next === null || next === undefined ? '' : String(next).trim()
  return value === (row.values[column] ?? '').trim() ? null : { [column]: value }
}

/** The preview with a fixed row put in place and the counts the server sent. */
export function withRowUpdate(preview: ImportPreview, update: RowUpdate): ImportPreview {
  return {
    ...preview,
    status: update.status,
    total_rows: update.total_rows,
    valid_rows: update.valid_rows,
    rejected_rows: update.rejected_rows,
    rows: preview.rows.map((r) => (r.row_number === update.row.row_number ? update.row : r)),
  }
}

/* ---- commit ---- */

export interface CommitState {
  mode: CommitMode
  valid: number
  rejected: number
  duplicateOf: DuplicateOf | null
  allowDuplicate: boolean
}

/** Why a mode cannot be chosen, or null. */
export function modeBlock(mode: CommitMode, c: Pick<CommitState, 'valid' | 'rejected'>): 'rejected_rows' | 'no_valid_rows' | null {
  if (mode === 'all_or_nothing' && c.rejected > 0) return 'rejected_rows'
  if (c.valid === 0) return 'no_valid_rows'
  return null
}

/** The mode to offer: the one chosen unless it is blocked by rejected rows. */
export function effectiveMode(mode: CommitMode, rejected: number): CommitMode {
  return mode === 'all_or_nothing' && rejected > 0 ? 'valid_only' : mode
}

/** An earlier import of the same file was committed: committing again needs an explicit "commit anyway". */
export function needsDuplicateConsent(duplicateOf: DuplicateOf | null): boolean {
  return duplicateOf?.status === 'COMMITTED'
}

/** Why Commit is not possible now, or null. */
export function commitBlock(c: CommitState): 'rejected_rows' | 'no_valid_rows' | 'duplicate' | null {
  const blocked = modeBlock(c.mode, c)
  if (blocked) return blocked
  if (needsDuplicateConsent(c.duplicateOf) && !c.allowDuplicate) return 'duplicate'
  return null
}

/* ---- refused requests ---- */

/** A problem's field errors as lines ("file: lacks the required column number"). */
export function problemLines(errors: readonly { field: string; message: string }[] | undefined): string[] {
  return (errors ?? []).map((e) => (e.field ? `${e.field}: ${e.message}` : e.message))
}
