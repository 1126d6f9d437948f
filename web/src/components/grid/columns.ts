import { markRaw } from 'vue'
import type { ColDef } from 'ag-grid-community'
import { formatDateTime } from '@/utils/format'
import GridChipCell, { type ChipSpec } from './GridChipCell.vue'

/** Column builders shared by the settings grids (colId = the API's sort field). */

/** Left out of catalog grids below 960 px (tablets in portrait). */
export const WIDE_ONLY = { wideOnly: true } as const

export function codeColumn<T extends { code: string }>(header: string): ColDef<T> {
  return {
    colId: 'code',
    headerName: header,
    sortable: true,
    minWidth: 120,
    cellClass: 'mono font-weight-medium',
    valueGetter: (p) => p.data?.code,
  }
}

export function nameColumn<T extends { name: string }>(header: string, sortable = true): ColDef<T> {
  return { colId: 'name', headerName: header, sortable, flex: 2, minWidth: 150, valueGetter: (p) => p.data?.name }
}

export function updatedColumn<T extends { updated_at: string }>(header: string, locale: string): ColDef<T> {
  return {
    colId: 'updated_at',
    headerName: header,
    minWidth: 170,
    context: WIDE_ONLY,
    valueGetter: (p) => (p.data ? formatDateTime(p.data.updated_at, locale) : ''),
  }
}

export function chipColumn<T>(
  colId: string,
  header: string,
  chip: (row: T) => ChipSpec | ChipSpec[] | null,
  sortable = false,
): ColDef<T> {
  return {
    colId,
    headerName: header,
    sortable,
    minWidth: 100,
    cellRenderer: markRaw(GridChipCell),
    cellRendererParams: { chip },
  }
}

/** A text cell with a data-testid (for tests that read one computed value). */
export function testidText(text: string, testid: string, className = 'mono'): HTMLElement {
  const span = document.createElement('span')
  span.textContent = text
  span.className = className
  span.dataset.testid = testid
  return span
}
