import { downtimeApi } from '@/api/downtime'
import type { DowntimeEntry, DowntimeRequest } from '@/api/types'
import type { CatalogIndex, CatalogItem, EntryColumn, EntryType, RowRule, StoredRecord, Values, Words } from '@/components/entry/types'
import { scannedMethod } from '@/components/entry/scan'
import { dateWindow, num } from '@/components/entry/validation'

/**
 * Downtime entries in the entry grid: one row = one stoppage of a line or work order in one shift of one day.
 * Ranges and rules mirror DowntimeRequest and DowntimeRules on the server; an event that runs past its shift comes
 * back from a save as one record per shift (split_group / split_part), shown with where it was split.
 */

const DAY = 1440
const given = (v: unknown) => v !== null && v !== undefined && v !== ''

export const downtimeColumns: readonly EntryColumn[] = [
  {
    field: 'shift_date',
    labelKey: 'entry.downtime.col.shift_date',
    type: 'date',
    required: true,
    fromFilter: 'date',
    pinned: true,
    width: 150,
    aliases: ['date', 'fecha', 'production date', 'production_date', 'downtime date', 'fecha de paro', 'dia'],
  },
  { field: 'shift_id', labelKey: 'entry.downtime.col.shift_id', type: 'select', catalog: 'shifts', required: true, fromFilter: 'shift', width: 120, aliases: ['shift', 'turno', 'shift name'] },
  { field: 'line_id', labelKey: 'entry.downtime.col.line_id', type: 'select', catalog: 'lines', fromFilter: 'line', width: 110, aliases: ['line', 'linea', 'line code', 'line_code'] },
  {
    field: 'work_order_id',
    labelKey: 'entry.downtime.col.work_order_id',
    type: 'select',
    catalog: 'workOrders',
    width: 140,
    aliases: ['work order', 'wo', 'work_order', 'work_order_number', 'work order number', 'orden', 'orden de trabajo', 'ot'],
  },
  {
    field: 'reason_id',
    labelKey: 'entry.downtime.col.reason_id',
    type: 'select',
    catalog: 'downtimeReasons',
    required: true,
    width: 150,
    aliases: ['reason', 'razon', 'motivo', 'reason code', 'reason_code', 'downtime reason', 'downtime_reason', 'causa'],
  },
  { field: 'start_time', labelKey: 'entry.downtime.col.start_time', type: 'time', width: 100, aliases: ['start', 'inicio', 'from', 'desde', 'hora inicio'] },
  {
    field: 'end_time',
    labelKey: 'entry.downtime.col.end_time',
    type: 'time',
    width: 150,
    aliases: ['end', 'fin', 'to', 'hasta', 'hora fin'],
    // the first part of a split event ends at the boundary: say so
    note: (v) => (v.split_part === 1 && typeof v.end_time === 'string' ? { key: 'entry.downtime.splitAt', params: { time: v.end_time } } : null),
  },
  {
    field: 'duration_minutes',
    labelKey: 'entry.downtime.col.duration_minutes',
    type: 'integer',
    min: 1,
    max: DAY,
    width: 150,
    aliases: ['duration', 'duracion', 'minutes', 'minutos', 'downtime_duration_minutes', 'duration min'],
    note: (v) =>
      typeof v.split_part === 'number' && v.split_part > 1 && typeof v.start_time === 'string'
        ? { key: 'entry.downtime.splitAt', params: { time: v.start_time } }
        : null,
  },
  { field: 'machine', labelKey: 'entry.downtime.col.machine', type: 'text', maxLength: 100, width: 120, aliases: ['machine', 'maquina', 'machine_id', 'equipo'] },
  { field: 'equipment_code', labelKey: 'entry.downtime.col.equipment_code', type: 'text', maxLength: 50, width: 120, aliases: ['equipment', 'equipment code', 'codigo de equipo'] },
  { field: 'notes', labelKey: 'entry.downtime.col.notes', type: 'notes', maxLength: 1000, width: 200, aliases: ['notes', 'notas', 'comments', 'comentarios', 'observaciones'] },
]

const minuteOf = (t: unknown): number | null => {
  if (typeof t !== 'string') return null
  const m = /^(\d{1,2}):(\d{2})$/.exec(t)
  return m ? Number(m[1]) * 60 + Number(m[2]) : null
}

/** Minutes from start to end (an end before the start is on the next day), or null. */
export function spanMinutes(start: unknown, end: unknown): number | null {
  const a = minuteOf(start)
  const b = minuteOf(end)
  if (a === null || b === null || a === b) return null
  return (((b - a) % DAY) + DAY) % DAY
}

/** The time rules of DowntimeRules.place (the shift placement itself is the server's). */
export const downtimeRules: readonly RowRule[] = [
  dateWindow('shift_date'),
  {
    reads: ['line_id', 'work_order_id'],
    check: (v) => (!given(v.line_id) && !given(v.work_order_id) ? [{ field: 'line_id', key: 'entry.downtime.lineOrOrder', missing: true }] : []),
  },
  {
    reads: ['start_time', 'end_time', 'duration_minutes'],
    check: (v) => {
      const start = given(v.start_time)
      const end = given(v.end_time)
      const duration = num('duration_minutes')(v)
      if (!start && end) return [{ field: 'start_time', key: 'entry.downtime.startWithEnd' }]
      if (!start && duration === null) return [{ field: 'duration_minutes', key: 'entry.downtime.timesOrDuration', missing: true }]
      if (start && !end && duration === null) return [{ field: 'end_time', key: 'entry.downtime.endOrDuration', missing: true }]
      if (start && end) {
        if (v.start_time === v.end_time) return [{ field: 'end_time', key: 'entry.downtime.sameTimes' }]
        const length = spanMinutes(v.start_time, v.end_time)
        if (length !== null && duration !== null && duration !== length) {
          return [{ field: 'duration_minutes', key: 'entry.downtime.durationMismatch', params: { minutes: length } }]
        }
      }
      return []
    },
  },
  {
    reads: ['start_time', 'duration_minutes', 'shift_id'],
    check: (v, ctx) => {
      // a duration alone must fit the shift (with a start, what runs past the shift end goes to the next shift)
      const minutes = ctx.catalogs.get('shifts', v.shift_id)?.extra?.durationMinutes
      const duration = num('duration_minutes')(v)
      return !given(v.start_time) && duration !== null && typeof minutes === 'number' && duration > minutes
        ? [{ field: 'duration_minutes', key: 'entry.downtime.durationAboveShift', params: { minutes, shift: ctx.catalogs.get('shifts', v.shift_id)!.code } }]
        : []
    },
  },
]

const FIELDS = downtimeColumns.map((c) => c.field)

export function downtimeRecord(e: DowntimeEntry): StoredRecord {
  const values: Values = {}
  for (const f of FIELDS) values[f] = (e as unknown as Record<string, unknown>)[f] ?? null
  // not columns: they mark the parts of a split event
  values.split_group = e.split_group ?? null
  values.split_part = e.split_part ?? null
  const options: StoredRecord['options'] =
    e.work_order_id !== null && e.work_order_id !== undefined && e.work_order_number
      ? { workOrders: [{ id: e.work_order_id, code: e.work_order_number, name: '', active: false } satisfies CatalogItem] }
      : {}
  return { id: e.id, version: e.version, values, options }
}

/** Records in the order a batch answers them, the later parts of a split event attached to their first part. */
export function groupSplitParts(items: readonly DowntimeEntry[]): StoredRecord[] {
  const out: StoredRecord[] = []
  for (const e of items) {
    const record = downtimeRecord(e)
    const last = out[out.length - 1]
    if (last && e.split_group && (e.split_part ?? 1) > 1 && last.values.split_group === e.split_group) {
      last.companions = [...(last.companions ?? []), record]
    } else out.push(record)
  }
  return out
}

export function downtimeRequest(v: Values, clientId: number, version: number | null): DowntimeRequest {
  const body: Record<string, unknown> = { client_id: clientId }
  for (const f of FIELDS) {
    const value = v[f]
    if (value !== null && value !== undefined && value !== '') body[f] = value
  }
  if (version !== null) body.version = version
  else Object.assign(body, scannedMethod(v))
  return body as DowntimeRequest
}

/** "2026-11-29 · Evening · Line 1 · MECH Mechanical failure (unplanned) · 21:30–22:30, 60 min · Press 4" */
export function downtimeReadBack(v: Values, catalogs: CatalogIndex, w: Words): string {
  const code = (source: 'shifts' | 'lines' | 'workOrders', id: unknown) => catalogs.get(source, id)?.code ?? (id == null ? null : `#${String(id)}`)
  const reason = catalogs.get('downtimeReasons', v.reason_id)
  const reasonText = reason
    ? `${reason.code} ${reason.name}${reason.detailKey ? ` (${w.t(reason.detailKey).toLowerCase()})` : ''}`
    : v.reason_id == null ? null : `#${String(v.reason_id)}`
  const minutes = typeof v.duration_minutes === 'number' ? v.duration_minutes : spanMinutes(v.start_time, v.end_time)
  const times = [
    typeof v.start_time === 'string' ? (typeof v.end_time === 'string' ? `${v.start_time}–${v.end_time}` : w.t('entry.downtime.readBack.from', { time: v.start_time })) : null,
    minutes !== null ? w.t('entry.downtime.readBack.minutes', { n: w.n(minutes) }) : null,
  ]
    .filter((p): p is string => !!p)
    .join(', ')
  const parts = [
    typeof v.shift_date === 'string' ? v.shift_date : w.t('entry.readBack.noDate'),
    code('shifts', v.shift_id),
    code('lines', v.line_id),
    code('workOrders', v.work_order_id),
    reasonText,
    times || null,
    [v.machine, v.equipment_code].filter((p) => typeof p === 'string' && p.trim()).join(' / ') || null,
  ].filter((p): p is string => !!p)
  const note = typeof v.notes === 'string' && v.notes.trim() ? ` · “${v.notes.trim()}”` : ''
  return `${parts.join(' · ')}${note}`
}

export const downtimeEntry: EntryType<DowntimeRequest> = {
  id: 'downtime',
  columns: downtimeColumns,
  rules: downtimeRules,
  blank: () => Object.fromEntries(FIELDS.map((f) => [f, null])),
  toRequest: downtimeRequest,
  readBack: downtimeReadBack,
  api: {
    list: async (q) => {
      const page = await downtimeApi.list({ ...q, size: 500, sort: ['shift_date,desc', 'id,desc'] })
      return { items: page.items.map(downtimeRecord), total: page.total }
    },
    get: async (id) => downtimeRecord(await downtimeApi.get(id)),
    createAll: async (entries, key) => groupSplitParts(await downtimeApi.createAll(entries, key)),
    update: async (id, body) => downtimeRecord(await downtimeApi.update(id, body)),
    remove: (id, version) => downtimeApi.remove(id, version),
  },
}
