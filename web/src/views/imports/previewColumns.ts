import { markRaw } from 'vue'
import type { ColDef } from 'ag-grid-community'
import type { ImportColumn, ImportRow } from '@/api/types'
import { rowErrors, type RowErrors } from '@/utils/imports'
import ImportStatusCell from './ImportStatusCell.vue'
import ImportValueCell from './ImportValueCell.vue'

/** A preview row as the grid shows it: keyed by its row number, its errors spread over its cells. */
export interface PreviewRow extends ImportRow {
  id: number
  issues: RowErrors
}

export function toPreviewRows(rows: readonly ImportRow[], columns: readonly string[]): PreviewRow[] {
  return rows.map((r) => ({ ...r, id: r.row_number, issues: rowErrors(r, columns) }))
}

export const isRejected = (row: PreviewRow): boolean => row.errors.length > 0

interface Texts {
  row: string
  status: string
}

/**
 * Row number and status (✓ / ✗ with every error) pinned on the left, then one editable column per column of the
 * type; a cell with an error is marked (border, background, icon) and names its error (tooltip, screen readers).
 */
export function previewColumns(columns: readonly ImportColumn[], texts: Texts, editable: boolean): ColDef<PreviewRow>[] {
  const names = columns.map((c) => c.name)
  return [
    {
      colId: 'row_number',
      headerName: texts.row,
      pinned: 'left',
      lockPinned: true,
      width: 84,
      minWidth: 84,
      flex: 0,
      type: 'rightAligned',
      cellClass: 'mono import-rownum',
      valueGetter: (p) => p.data?.row_number,
    },
    {
      colId: 'status',
      headerName: texts.status,
      pinned: 'left',
      lockPinned: true,
      width: 250,
      minWidth: 200,
      flex: 0,
      autoHeight: true,
      wrapText: true,
      cellRenderer: markRaw(ImportStatusCell),
      cellRendererParams: { columns: names },
    },
    ...columns.map(
      (c): ColDef<PreviewRow> => ({
        colId: c.name,
        headerName: c.name,
        headerTooltip: c.description,
        headerClass: c.required ? 'import-header-required' : undefined,
        minWidth: Math.min(240, Math.max(130, c.name.length * 9 + 40)),
        editable,
        cellClass: editable ? 'import-cell import-cell--editable' : 'import-cell',
        cellClassRules: { 'import-cell--error': (p) => !!p.data?.issues.byColumn[c.name] },
        valueGetter: (p) => p.data?.values[c.name] ?? '',
        tooltipValueGetter: (p) => p.data?.issues.byColumn[c.name]?.join('\n'),
        cellRenderer: markRaw(ImportValueCell),
      }),
    ),
  ]
}
