import { describe, expect, it } from 'vitest'
import { findOption, parseCell, parseDate, parseNumber, parseTime } from '@/components/entry/values'
import type { EntryColumn } from '@/components/entry/types'
import { catalogs, lines, workOrders } from './entryFixtures'

describe('numbers', () => {
  it('reads thousands separators in either convention', () => {
    expect(parseNumber('1,234', 'en')).toBe(1234)
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5)
    expect(parseNumber('1.234,5', 'en')).toBe(1234.5)
    expect(parseNumber('1.234.567', 'en')).toBe(1234567)
    expect(parseNumber('12 345', 'en')).toBe(12345)
    expect(parseNumber('1.234', 'es')).toBe(1234)
    expect(parseNumber('7,5', 'es')).toBe(7.5)
  })

  it('reads a single separator before other than three digits as the decimal point', () => {
    expect(parseNumber('7,5', 'en')).toBe(7.5)
    expect(parseNumber('7.25', 'es')).toBe(7.25)
    expect(parseNumber('1.234', 'en')).toBe(1.234)
    // …unless a whole number is expected
    expect(parseNumber('1.234', 'en', true)).toBe(1234)
    expect(parseNumber('−3', 'en')).toBe(-3)
  })

  it('refuses what is not a number', () => {
    for (const text of ['', 'abc', '12a', '1,23,4', '1.2.3,4.5', '--1', '.']) expect(parseNumber(text, 'en')).toBeNull()
  })
})

describe('dates', () => {
  it('reads ISO dates, with slashes or a time too', () => {
    expect(parseDate('2026-11-29')).toBe('2026-11-29')
    expect(parseDate('2026/1/5')).toBe('2026-01-05')
    expect(parseDate('2026-11-29T06:00:00')).toBe('2026-11-29')
  })

  it('reads day/month by the client date order, falling back when only the other reading exists', () => {
    expect(parseDate('03/04/2026', 'MDY')).toBe('2026-03-04')
    expect(parseDate('03/04/2026', 'DMY')).toBe('2026-04-03')
    expect(parseDate('29/11/2026', 'MDY')).toBe('2026-11-29')
    expect(parseDate('11/29/26', 'DMY')).toBe('2026-11-29')
    expect(parseDate('29.11.2026', 'DMY')).toBe('2026-11-29')
  })

  it('refuses impossible days', () => {
    expect(parseDate('2026-02-30')).toBeNull()
    expect(parseDate('31/31/2026')).toBeNull()
    expect(parseDate('tomorrow')).toBeNull()
  })
})

describe('times', () => {
  it('reads HH:MM in the usual spellings', () => {
    expect(parseTime('7:30')).toBe('07:30')
    expect(parseTime('0730')).toBe('07:30')
    expect(parseTime('22.05')).toBe('22:05')
    expect(parseTime('7:30 pm')).toBe('19:30')
    expect(parseTime('12 am')).toBe('00:00')
    expect(parseTime('6')).toBe('06:00')
  })

  it('refuses impossible times', () => {
    for (const text of ['24:00', '7:60', '13 pm', 'noon']) expect(parseTime(text)).toBeNull()
  })
})

describe('catalog options', () => {
  it('finds an option by code, by name (accents ignored) or by a "code — name" label', () => {
    expect(findOption(lines, 'l1')?.id).toBe(10)
    expect(findOption(lines, 'Linea 2')?.id).toBe(11)
    expect(findOption(workOrders, 'WO-1001 — BRK-100 Brake bracket')?.id).toBe(30)
    expect(findOption(lines, 'L7')).toBeUndefined()
  })
})

describe('cells', () => {
  const ctx = { catalogs, dateOrder: 'MDY' as const, locale: 'en' }
  const col = (c: Partial<EntryColumn>): EntryColumn => ({ field: 'x', labelKey: 'x', type: 'text', ...c })

  it('reads each type, empty text being an empty cell', () => {
    expect(parseCell(col({ type: 'integer' }), ' 1,200 ', ctx)).toEqual({ ok: true, value: 1200 })
    expect(parseCell(col({ type: 'integer' }), '1.200', ctx)).toEqual({ ok: true, value: 1200 })
    expect(parseCell(col({ type: 'decimal' }), '7.5', ctx)).toEqual({ ok: true, value: 7.5 })
    expect(parseCell(col({ type: 'date' }), '11/29/2026', ctx)).toEqual({ ok: true, value: '2026-11-29' })
    expect(parseCell(col({ type: 'time' }), '6:00', ctx)).toEqual({ ok: true, value: '06:00' })
    expect(parseCell(col({ type: 'select', catalog: 'workOrders' }), 'wo-1001', ctx)).toEqual({ ok: true, value: 30 })
    expect(parseCell(col({ type: 'integer' }), '  ', ctx)).toEqual({ ok: true, value: null })
  })

  it('says why text cannot be read (it is kept and flagged by the grid)', () => {
    expect(parseCell(col({ type: 'integer' }), 'ten', ctx)).toEqual({ ok: false, problem: { key: 'entry.parse.number', params: { text: 'ten' } } })
    expect(parseCell(col({ type: 'integer' }), '7.5', ctx)).toMatchObject({ ok: false, problem: { key: 'entry.parse.integer' } })
    expect(parseCell(col({ type: 'decimal', decimals: 2 }), '7.125', ctx)).toMatchObject({ ok: false, problem: { key: 'entry.parse.decimals' } })
    expect(parseCell(col({ type: 'date' }), '2026-13-01', ctx)).toMatchObject({ ok: false, problem: { key: 'entry.parse.date' } })
    expect(parseCell(col({ type: 'select', catalog: 'lines' }), 'Line 7', ctx)).toMatchObject({ ok: false, problem: { key: 'entry.parse.option' } })
  })
})
