import type { CellClassParams, ColDef, ICellRendererParams } from 'ag-grid-community'
import type { KpiValue } from '@/api/types'
import { hasInferred, statusOf, statusKey, valueText, type NumberFormat } from '@/components/kpi/kpiExplain'
import type { EntryRow } from './rows'

/**
 * Read-only columns with the server's KPIs of each saved row (percentages with a status dot and a mark when inferred
 * inputs are involved). A click or Enter on such a cell opens its explanation (EntryTable emits it). Unsaved rows,
 * and rows whose values changed since the KPIs were computed, show an empty cell: their numbers would be stale.
 */

export const KPI_COL_PREFIX = 'kpi:'

export interface KpiColumnContext {
  t: (key: string, params?: Record<string, unknown>) => string
  fmt: () => NumberFormat
  valueOf: (row: EntryRow, kpi: string) => KpiValue | null
}

export function kpiColId(kpi: string): string {
  return KPI_COL_PREFIX + kpi
}

export function kpiOfColId(colId: string | undefined | null): string | null {
  return colId?.startsWith(KPI_COL_PREFIX) ? colId.slice(KPI_COL_PREFIX.length) : null
}

/** The value a row shows for a KPI: only stored rows whose values are as saved. */
export function shownKpi(row: EntryRow | undefined, kpi: string, valueOf: KpiColumnContext['valueOf']): KpiValue | null {
  if (!row || row.id === null) return null
  return valueOf(row, kpi)
}

/** The cell's visible text and its accessible text (value, status, inferred mark). */
export function kpiCellText(kpi: string, v: KpiValue | null, ctx: Pick<KpiColumnContext, 't' | 'fmt'>): { text: string; label: string } {
  if (!v) return { text: '', label: '' }
  const text = valueText(v, ctx.fmt()) ?? '—'
  const parts = [text, ctx.t(statusKey(kpi, statusOf(v)))]
  if (hasInferred(v)) parts.push(ctx.t('kpi.inferredMark'))
  return { text, label: parts.join(', ') }
}

export function kpiColumn(kpi: string, ctx: KpiColumnContext): ColDef<EntryRow> {
  return {
    colId: kpiColId(kpi),
    headerName: ctx.t(`kpi.short.${kpi}`),
    headerTooltip: ctx.t(`kpi.name.${kpi}`),
    headerClass: 'entry-kpi-header',
    width: 104,
    minWidth: 90,
    editable: false,
    type: 'rightAligned',
    valueGetter: (p) => shownKpi(p.data, kpi, ctx.valueOf)?.value ?? null,
    cellClass: (p: CellClassParams<EntryRow>) => {
      const v = shownKpi(p.data, kpi, ctx.valueOf)
      return ['entry-cell', 'entry-cell--num', 'entry-kpi', v ? 'entry-kpi--open' : 'entry-kpi--empty']
    },
    cellRenderer: (p: ICellRendererParams<EntryRow>) => {
      const span = document.createElement('span')
      span.className = 'entry-kpi__cell'
      const v = shownKpi(p.data, kpi, ctx.valueOf)
      if (!v) return span
      const { text, label } = kpiCellText(kpi, v, ctx)
      span.dataset.kpiStatus = statusOf(v)
      const dot = document.createElement('span')
      dot.className = `entry-kpi__dot entry-kpi__dot--${statusOf(v)}`
      dot.setAttribute('aria-hidden', 'true')
      const value = document.createElement('span')
      value.className = 'entry-kpi__value'
      value.textContent = text
      value.setAttribute('aria-hidden', 'true')
      span.append(dot, value)
      if (hasInferred(v)) {
        const mark = document.createElement('span')
        mark.className = 'entry-kpi__inferred'
        mark.textContent = '≈'
        mark.title = ctx.t('kpi.inferredMark')
        mark.setAttribute('aria-hidden', 'true')
        span.appendChild(mark)
      }
      const sr = document.createElement('span')
      sr.className = 'sr-only'
      sr.textContent = label
      span.appendChild(sr)
      return span
    },
  }
}
