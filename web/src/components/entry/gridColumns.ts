import { markRaw } from 'vue'
import type { CellClassParams, ColDef, ICellRendererParams, SuppressKeyboardEventParams, TooltipCallbackParams } from 'ag-grid-community'
import CatalogCellEditor from './CatalogCellEditor.vue'
import { isChanged, isNew, sameValue, type EntryRow } from './rows'
import type { CatalogIndex, EntryColumn } from './types'
import { displayText, isMissing, messageText } from './display'
import type { RowErrors } from './validation'

/** Builds AG Grid column definitions from an entry type's column descriptors. */

export interface ColumnContext {
  t: (key: string, params?: Record<string, unknown>, plural?: number) => string
  n: (value: number) => string
  catalogs: () => CatalogIndex
  errorsOf: (row: EntryRow) => RowErrors
  editable: () => boolean
  /** After a save attempt, empty required cells count as errors (before, they are only marked). */
  strict: () => boolean
  /** Rows being saved right now. */
  sending: () => ReadonlySet<string>
}

export const STATUS_COL = 'entry-status'


/** The value a cell shows (and an editor starts from): the flagged text, or the value. */
function editValue(row: EntryRow | undefined, field: string): unknown {
  if (!row) return null
  const bad = row.invalid[field]
  return bad ? bad.text : (row.values[field] ?? null)
}

function editorOf(column: EntryColumn, ctx: ColumnContext): Partial<ColDef<EntryRow>> {
  switch (column.type) {
    case 'select':
      return {
        cellEditor: markRaw(CatalogCellEditor),
        cellEditorPopup: true,
        cellEditorParams: (p: { data?: EntryRow }) => {
          const current = p.data?.values[column.field]
          const items = ctx.catalogs().list(column.catalog!).filter((i) => i.active || i.id === current)
          return { items, allowEmpty: column.required !== true, listLabel: ctx.t(column.labelKey) }
        },
      }
    case 'date':
      return { cellEditor: 'agDateStringCellEditor' }
    case 'notes':
      return {
        cellEditor: 'agLargeTextCellEditor',
        cellEditorPopup: true,
        cellEditorParams: { maxLength: column.maxLength ?? 1000, rows: 6, cols: 40 },
      }
    default:
      return { cellEditor: 'agTextCellEditor', cellEditorParams: { maxLength: column.maxLength } }
  }
}

function renderCell(column: EntryColumn, ctx: ColumnContext) {
  return (p: ICellRendererParams<EntryRow>): HTMLElement => {
    const span = document.createElement('span')
    span.className = 'entry-cell__text'
    if (!p.data) return span
    const value = document.createElement('span')
    value.className = 'entry-cell__value'
    value.textContent = displayText(column, p.data, ctx)
    span.appendChild(value)
    if (column.type === 'lines') {
      // the lines are edited in a dialog: Enter on the cell or this button (EntryTable opens it)
      const button = document.createElement('button')
      button.type = 'button'
      button.tabIndex = -1
      button.className = 'entry-cell__lines'
      button.dataset.entryLines = p.data.key
      button.textContent = '…'
      const label = `${ctx.t('entry.lines.edit', { column: ctx.t(column.labelKey) })} (${ctx.t('entry.rowLabel', { n: (p.node.rowIndex ?? 0) + 1 })})`
      button.title = label
      button.setAttribute('aria-label', label)
      span.appendChild(button)
    }
    const note = column.note?.(p.data.values)
    if (note) {
      const mark = document.createElement('span')
      mark.className = 'entry-cell__note'
      mark.textContent = ctx.t(note.key, note.params)
      span.appendChild(mark)
    }
    const messages = ctx.errorsOf(p.data)[column.field] ?? []
    if (messages.length) {
      // the message is part of the cell's accessible text; the tooltip shows it to the eye
      const sr = document.createElement('span')
      sr.className = 'sr-only'
      sr.textContent = ` (${messages.map((m) => messageText(m, ctx.t)).join('; ')})`
      span.appendChild(sr)
      p.eGridCell?.setAttribute('aria-invalid', 'true')
    } else {
      p.eGridCell?.removeAttribute('aria-invalid')
    }
    return span
  }
}

/** Keys the grid itself must not act on (the page handles them: fill-down, undo, selection). */
function suppressKeys(p: SuppressKeyboardEventParams<EntryRow>): boolean {
  const e = p.event
  if (p.editing) return false
  const k = e.key.toLowerCase()
  return ((e.ctrlKey || e.metaKey) && ['d', 'z', 'y'].includes(k)) || (e.shiftKey && (k === 'arrowdown' || k === 'arrowup'))
}

export function dataColumn(column: EntryColumn, ctx: ColumnContext): ColDef<EntryRow> {
  const required = column.required === true
  const numeric = column.type === 'integer' || column.type === 'decimal'
  return {
    colId: column.field,
    headerName: ctx.t(column.labelKey) + (required ? ' *' : ''),
    headerTooltip: ctx.t(column.labelKey),
    width: column.width ?? 120,
    minWidth: 80,
    pinned: column.pinned ? 'left' : undefined,
    // a 'lines' cell has no inline editor: its dialog edits it
    editable: () => column.type !== 'lines' && ctx.editable(),
    valueGetter: (p) => editValue(p.data, column.field),
    cellRenderer: renderCell(column, ctx),
    type: numeric ? 'rightAligned' : undefined,
    cellClass: (p: CellClassParams<EntryRow>) => {
      if (!p.data) return 'entry-cell'
      const messages = ctx.errorsOf(p.data)[column.field] ?? []
      const classes = ['entry-cell']
      if (numeric) classes.push('entry-cell--num')
      if (column.type === 'notes') classes.push('entry-cell--notes')
      if (messages.some((m) => !isMissing(m)) || (ctx.strict() && messages.length)) classes.push('entry-cell--error')
      else if (messages.length) classes.push('entry-cell--missing')
      else if (p.data.original && !sameValue(p.data.original[column.field], p.data.values[column.field])) classes.push('entry-cell--changed')
      return classes
    },
    tooltip: (p: TooltipCallbackParams<EntryRow>) => {
      const row = p.data as EntryRow | undefined
      if (!row) return null
      const messages = ctx.errorsOf(row)[column.field] ?? []
      return messages.length ? messages.map((m) => messageText(m, ctx.t)).join('\n') : null
    },
    suppressKeyboardEvent: suppressKeys,
    ...editorOf(column, ctx),
  }
}

/** The row's number and state (new, changed, saving, conflict, errors) in the first column. */
export function statusColumn(ctx: ColumnContext): ColDef<EntryRow> {
  return {
    colId: STATUS_COL,
    headerName: ctx.t('entry.rowNumber'),
    width: 76,
    minWidth: 76,
    pinned: 'left',
    editable: false,
    suppressKeyboardEvent: suppressKeys,
    valueGetter: (p) => (p.node?.rowIndex ?? 0) + 1,
    cellClass: 'entry-status-cell',
    cellRenderer: (p: ICellRendererParams<EntryRow>) => {
      const wrap = document.createElement('span')
      wrap.className = 'entry-status'
      const row = p.data
      if (!row) return wrap
      const messages = Object.values(ctx.errorsOf(row)).flat()
      const state = row.conflict
        ? 'conflict'
        : messages.some((m) => ctx.strict() || !isMissing(m))
          ? 'error'
          : isNew(row)
            ? 'new'
            : isChanged(row)
              ? 'changed'
              : 'saved'
      const num = document.createElement('span')
      num.className = 'entry-status__n'
      num.textContent = String((p.node.rowIndex ?? 0) + 1)
      const dot = document.createElement('span')
      dot.className = `entry-status__dot entry-status__dot--${state}${ctx.sending().has(row.key) ? ' entry-status__dot--sending' : ''}`
      dot.setAttribute('aria-hidden', 'true')
      const label = document.createElement('span')
      label.className = 'sr-only'
      label.textContent = ctx.t(`entry.status.${state}`)
      wrap.append(num, dot, label)
      if (row.conflict) {
        const button = document.createElement('button')
        button.type = 'button'
        button.className = 'entry-status__reload'
        button.dataset.entryReload = row.key
        button.textContent = '↻'
        button.title = ctx.t('entry.conflict.reload')
        button.setAttribute('aria-label', `${ctx.t('entry.conflict.reload')} (${ctx.t('entry.rowLabel', { n: (p.node.rowIndex ?? 0) + 1 })})`)
        wrap.appendChild(button)
      }
      return wrap
    },
  }
}
