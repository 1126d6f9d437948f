import type { KpiSettings, KpiValue } from '@/api/types'

/**
 * The entry grid's vocabulary. One grid (EntryGrid.vue + useEntryGrid) serves every kind of shift data; a kind is an
 * `EntryType`: its column descriptors (type, editor, catalog source, required, min/max, paste aliases), its row rules
 * (pure functions mirroring the API's cross-field checks), its defaults from the page filter, its read-back sentence
 * and its row ↔ request mapping. Quality, downtime, holds and attendance are each one more `EntryType` file
 * (see entryTypes/production.ts) plus their API calls — the grid, paste, fill-down, undo, drafts, read-back and the
 * narrow-screen form come with it.
 */

/** How a cell is edited and how pasted or typed text is read. */
export type CellType = 'select' | 'integer' | 'decimal' | 'date' | 'time' | 'text' | 'notes' | 'lines'

/** Plant-model lists a select column can take its options from. */
export type CatalogSource =
  | 'shifts'
  | 'lines'
  | 'products'
  | 'workOrders'
  | 'employees'
  | 'downtimeReasons'
  | 'holdReasons'
  | 'defectTypes'
  | 'jobs'
  | 'inspectionStages'

/** One option of a catalog: `code` is what the cell shows (a number, a code, a shift's name). */
export interface CatalogItem<Id extends number | string = number> {
  /** What the cell holds: a record's id, or the code itself for lists without ids (a client's inspection stages). */
  id: Id
  code: string
  name: string
  active: boolean
  /** i18n key of a short qualifier the pickers show after the name (e.g. a downtime reason's planned/unplanned). */
  detailKey?: string
  /** Source-specific facts rules need (a shift's length, a work order's product and status …). */
  extra?: Record<string, unknown>
}

/** The kind of id a source's options have: numbers, except the inspection stages (their codes). */
export type OptionId<S extends CatalogSource> = S extends 'inspectionStages' ? string : number

/** An option of any source (code handling every source alike). */
export type AnyCatalogItem = CatalogItem<number | string>

export type Catalogs = { [S in CatalogSource]?: readonly CatalogItem<OptionId<S>>[] }

/** A row's typed values by API field name: numbers, 'YYYY-MM-DD' / 'HH:MM' / plain strings, or null. */
export type Values = Record<string, unknown>

export interface EntryColumn {
  /** The API's snake_case field name (also the CSV header). */
  field: string
  /** i18n key of the header. */
  labelKey: string
  type: CellType
  /** Options of a select column. */
  catalog?: CatalogSource
  /** Required on every row, or only when the function says so (e.g. product without a work order). */
  required?: boolean | ((values: Values) => boolean)
  min?: number
  max?: number
  /** Digits after the decimal point (decimal columns). */
  decimals?: number
  maxLength?: number
  /** Further header names a pasted block may use (English and Spanish); the labels in both languages count too. */
  aliases?: readonly string[]
  /** Taken from the page filter when a row is added. */
  fromFilter?: keyof EntryFilter
  /** Width hint in px. */
  width?: number
  /** Kept left while scrolling sideways. */
  pinned?: boolean
  /** A 'lines' column: what its lines hold and the total they must add up to. */
  lines?: LinesSpec
  /** A short remark shown in the cell after its value (e.g. where a stored event was split); null for none. */
  note?: (values: Values) => { key: string; params?: Record<string, string | number> } | null
}

/**
 * A cell holding a list of lines (an option of the column's catalog and a count each, e.g. defects by type), edited
 * in a dialog. The value is an array of objects (other properties of a line, such as a location, are kept as they
 * are) or null; the counts must add up to the row's `totalField` when that is given.
 */
export interface LinesSpec {
  /** Property of a line holding the option's id. */
  itemField: string
  /** Property of a line holding its count (a whole number ≥ 1). */
  countField: string
  /** The row's field the counts add up to. */
  totalField: string
  maxLines: number
  maxCount: number
  /** i18n keys: the dialog's title, the option and count labels, and the cell's summary ({types}, {n}; plural by types). */
  titleKey: string
  itemLabelKey: string
  countLabelKey: string
  summaryKey: string
}

/** One line of a 'lines' cell. */
export type Line = Record<string, unknown>

/** The page filter: which stored rows are shown, and the defaults of a new row. */
export interface EntryFilter {
  /** The day new rows get and the last day shown ('YYYY-MM-DD'). */
  date: string
  /** How many days up to `date` are shown. */
  days: number
  shift: number | null
  line: number | null
}

/** A problem found by a rule: the field it is shown on and an i18n message. */
export interface RuleError {
  field: string
  key: string
  params?: Record<string, string | number>
  /** Something still to fill in (marked softly until a save is attempted), not a wrong value. */
  missing?: boolean
}

/** What rules check against. */
export interface RuleContext {
  catalogs: CatalogIndex
  /** The plant's today: no entry after it. */
  today: string
  /** Earliest day the user may enter (operators' back-dating window), or null. */
  earliest: string | null
}

/** A cross-field rule; it is skipped while a field it reads holds an unreadable or out-of-range value (that is shown instead). */
export interface RowRule {
  reads: readonly string[]
  check: (values: Values, ctx: RuleContext, isNew: boolean) => RuleError[]
}

/** Catalog lookups by id and by typed text. */
export interface CatalogIndex {
  get<S extends CatalogSource>(source: S, id: unknown): CatalogItem<OptionId<S>> | undefined
  list<S extends CatalogSource>(source: S): readonly CatalogItem<OptionId<S>>[]
}

/** A stored record as the grid keeps it. */
export interface StoredRecord {
  id: number
  version: number
  values: Values
  /** Options the record names that the loaded catalogs may lack (e.g. a closed work order's number). */
  options?: Partial<Record<CatalogSource, AnyCatalogItem[]>>
  /** Further records the same save stored for this row (the later parts of a downtime event split at a shift end). */
  companions?: StoredRecord[]
}

/** Words the read-back and the form use (translated by the page). */
export interface Words {
  /** Translation; `plural` picks the plural form ("1 unit" / "5 units"). */
  t: (key: string, params?: Record<string, unknown>, plural?: number) => string
  /** Locale number formatting. */
  n: (value: number) => string
}

export interface ListQuery {
  client_id: number
  from: string
  to: string
  shift_id?: number
  line_id?: number
}

/** The API calls of one kind of entry. */
export interface EntryApi<Req> {
  list(query: ListQuery): Promise<{ items: StoredRecord[]; total: number }>
  get(id: number): Promise<StoredRecord>
  /** All or nothing; answers the stored rows in the order sent. */
  createAll(entries: Req[], idempotencyKey: string): Promise<StoredRecord[]>
  update(id: number, body: Req): Promise<StoredRecord>
  remove(id: number, version: number): Promise<void>
}

/** The server's KPIs of each stored row (per-entry production KPIs), shown read-only after the entry columns. */
export interface EntryKpiSource {
  /** KPI ids, one column each. */
  ids: readonly string[]
  load(query: ListQuery): Promise<EntryKpiSet>
}

export interface EntryKpiSet {
  /** Stored row id → KPI id → value. */
  byId: ReadonlyMap<number, Readonly<Record<string, KpiValue>>>
  /** The client settings the values were computed with. */
  settings: KpiSettings | null
}

export interface EntryType<Req = Record<string, unknown>> {
  /** Storage and i18n key ('production', 'quality' …). */
  id: string
  columns: readonly EntryColumn[]
  rules: readonly RowRule[]
  /** Values of a new row (the filter's date/shift/line are added by the grid). */
  blank(): Values
  /** The API body of a row; `version` is set for updates. */
  toRequest(values: Values, clientId: number, version: number | null): Req
  /** One plain sentence naming everything the row records (read-back dialog). */
  readBack(values: Values, catalogs: CatalogIndex, words: Words): string
  api: EntryApi<Req>
  kpis?: EntryKpiSource
}
