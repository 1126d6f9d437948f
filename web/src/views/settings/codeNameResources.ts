import { api } from '@/api/client'
import type { CatalogQuery, HoldReason, Line, Page } from '@/api/types'

/** A catalog whose records are just code, name and active (lines, hold reasons): one view and dialog serve all. */
export interface CodeNameRecord {
  id: number
  code: string
  name: string
  active: boolean
  version: number
  updated_at: string
}
export interface CodeNameResource<R extends CodeNameRecord = CodeNameRecord> {
  /** i18n section: title, subtitle, add, search, code, name, createTitle, editTitle, created, updated. */
  i18n: string
  /** data-testid stems: add-<one>, <one>-dialog, <one>-code…; the grid is <many>-table. */
  one: string
  many: string
  list: (q: CatalogQuery) => Promise<Page<R>>
  get: (id: number) => Promise<R>
  create: (body: { client_id: number; code: string; name: string; active: boolean }) => Promise<R>
  update: (id: number, body: { name: string; active: boolean; version: number }) => Promise<R>
}

const lines: CodeNameResource<Line> = {
  i18n: 'lines',
  one: 'line',
  many: 'lines',
  list: api.listLines,
  get: api.getLine,
  create: api.createLine,
  update: api.updateLine,
}
const holdReasons: CodeNameResource<HoldReason> = {
  i18n: 'holdReasons',
  one: 'hold-reason',
  many: 'hold-reasons',
  list: api.listHoldReasons,
  get: api.getHoldReason,
  create: api.createHoldReason,
  update: api.updateHoldReason,
}

export const CODE_NAME_RESOURCES: Record<'lines' | 'holdReasons', CodeNameResource> = { lines, holdReasons }
export type CodeNameKind = keyof typeof CODE_NAME_RESOURCES
