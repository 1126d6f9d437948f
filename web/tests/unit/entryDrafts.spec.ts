import { beforeEach, describe, expect, it } from 'vitest'
import { draftKey, readDraft, writeDraft } from '@/components/entry/drafts'
import { newRow, storedRow } from '@/components/entry/rows'
import { parseEntryFilter, entryFilterQuery } from '@/components/entry/entryFilter'
import { parseScan } from '@/components/entry/scan'

describe('unsaved rows kept in the browser', () => {
  beforeEach(() => localStorage.clear())

  it('are kept per user, client and entry type, with the key of an unanswered save', () => {
    const key = draftKey(4, 1, 'production')
    expect(key).toBe('kpi-entry-draft:4:1:production')
    const edited = { ...storedRow({ id: 9, version: 2, values: { units_produced: 5 } }), values: { units_produced: 6 } }
    const fresh = { ...newRow({ units_produced: null }), invalid: { units_produced: { text: 'ten', key: 'entry.parse.number' } } }
    writeDraft(localStorage, key, { rows: [fresh, edited], attempt: { key: 'abc', body: '[]' } })
    const back = readDraft(localStorage, key)!
    expect(back.rows).toEqual([fresh, edited])
    expect(back.attempt).toEqual({ key: 'abc', body: '[]' })
    expect(readDraft(localStorage, draftKey(4, 2, 'production'))).toBeNull()
  })

  it('are removed when nothing is pending, and unreadable drafts are ignored', () => {
    const key = draftKey(1, 1, 'production')
    writeDraft(localStorage, key, { rows: [newRow({})], attempt: null })
    writeDraft(localStorage, key, { rows: [], attempt: null })
    expect(localStorage.getItem(key)).toBeNull()
    localStorage.setItem(key, '{not json')
    expect(readDraft(localStorage, key)).toBeNull()
    localStorage.setItem(key, JSON.stringify({ v: 1, rows: [{ nope: true }, newRow({ a: 1 })] }))
    expect(readDraft(localStorage, key)!.rows).toHaveLength(1)
  })
})

describe('work-order scans', () => {
  it("reads the QR code's URL as the order's id and anything else as its number", () => {
    expect(parseScan('https://plant.example/work-orders/25')).toEqual({ kind: 'id', id: 25 })
    expect(parseScan('http://localhost:8080/work-orders/7?x=1')).toEqual({ kind: 'id', id: 7 })
    expect(parseScan('/work-orders/3')).toEqual({ kind: 'id', id: 3 })
    expect(parseScan(' WO-ACME-125\n')).toEqual({ kind: 'number', number: 'WO-ACME-125' })
    expect(parseScan('WO/work-orders/12')).toEqual({ kind: 'number', number: 'WO/work-orders/12' })
    expect(parseScan('  ')).toBeNull()
  })
})

describe('entry filter in the URL', () => {
  it('defaults to today, one day, all shifts and lines, and refuses future days', () => {
    expect(parseEntryFilter({}, '2026-11-29')).toEqual({ date: '2026-11-29', days: 1, shift: null, line: null })
    expect(parseEntryFilter({ date: '2026-11-20', days: '7', shift: '3', line: 'x' }, '2026-11-29')).toEqual({ date: '2026-11-20', days: 7, shift: 3, line: null })
    expect(parseEntryFilter({ date: '2026-12-01', days: '5' }, '2026-11-29')).toMatchObject({ date: '2026-11-29', days: 1 })
    expect(entryFilterQuery({ date: '2026-11-29', days: 1, shift: 2, line: null }, '2026-11-29')).toEqual({ shift: '2' })
  })
})

describe('scanned rows', () => {
  it('create with entry method QR_SCAN; corrections and typed rows send none', async () => {
    const { productionRequest } = await import('@/views/entry/productionEntry')
    const { downtimeRequest } = await import('@/views/entry/downtimeEntry')
    const scanned = { work_order_id: 7, units_produced: 10, entry_method: 'QR_SCAN' }
    expect(productionRequest(scanned, 1, null)).toMatchObject({ entry_method: 'QR_SCAN', work_order_id: 7 })
    expect(productionRequest(scanned, 1, 3)).not.toHaveProperty('entry_method')
    expect(productionRequest({ units_produced: 10 }, 1, null)).not.toHaveProperty('entry_method')
    expect(downtimeRequest({ work_order_id: 7, entry_method: 'QR_SCAN' }, 1, null)).toMatchObject({ entry_method: 'QR_SCAN' })
  })
})
