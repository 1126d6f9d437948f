import { describe, expect, it } from 'vitest'
import { catalogIndex } from '@/components/entry/catalogs'
import { appliedLines, checkLines, draftLines, linesSum, linesText, parseLines, type DraftLine } from '@/components/entry/lines'
import { cellText, parseCell } from '@/components/entry/values'
import { defectLines, qualityColumns } from '@/views/entry/qualityEntry'

const catalogs = catalogIndex({
  defectTypes: [
    { id: 40, code: 'SCR', name: 'Scratch', active: true },
    { id: 41, code: 'DENT', name: 'Dent', active: true },
  ],
})
const column = qualityColumns.find((c) => c.field === 'defects')!
const line = (item: number | null, count: string, source: DraftLine['source'] = null): DraftLine => ({ item, count, source })

describe('checking defect lines before they are applied', () => {
  it('adds the counts and refuses a sum that is not the total', () => {
    const lines = [line(40, '7'), line(41, '4')]
    const wrong = checkLines(lines, defectLines, 12, 'en')
    expect(wrong.sum).toBe(11)
    expect(wrong.ok).toBe(false)
    expect(wrong.total).toEqual({ key: 'entry.lines.mismatch', params: { sum: 11, total: 12 } })
    const right = checkLines([line(40, '7'), line(41, '5')], defectLines, 12, 'en')
    expect(right).toMatchObject({ ok: true, sum: 12, total: null })
  })

  it('without a total on the row any sum may be applied (the total is set to it)', () => {
    expect(checkLines([line(40, '3')], defectLines, null, 'en')).toMatchObject({ ok: true, sum: 3 })
  })

  it('each line needs a type (once) and a whole count from 1', () => {
    const c = checkLines([line(null, '2'), line(40, '0'), line(40, '1.5'), line(41, ''), line(41, '2')], defectLines, null, 'en')
    expect(c.ok).toBe(false)
    expect(c.lines[0]?.item?.key).toBe('entry.rule.required')
    expect(c.lines[1]?.count?.key).toBe('entry.rule.min')
    expect(c.lines[2]?.item?.key).toBe('entry.lines.duplicate')
    expect(c.lines[2]?.count?.key).toBe('entry.parse.integer')
    expect(c.lines[3]?.count?.key).toBe('entry.rule.required')
    expect(c.lines[4]?.item?.key).toBe('entry.lines.duplicate')
  })

  it('no lines is a valid (empty) breakdown', () => {
    expect(checkLines([], defectLines, 12, 'en').ok).toBe(true)
    expect(appliedLines([], defectLines, 'en')).toBeNull()
  })
})

describe('lines as a cell value', () => {
  it('keep the location and severity of a stored line while it names the same type', () => {
    const stored = [{ defect_type_id: 40, count: 7, location: 'rim', severity: 'MAJOR' }]
    const drafts = draftLines(stored, defectLines)
    expect(drafts).toEqual([{ item: 40, count: '7', source: stored[0] }])
    drafts[0]!.count = '9'
    expect(appliedLines(drafts, defectLines, 'en')).toEqual([{ defect_type_id: 40, count: 9, location: 'rim', severity: 'MAJOR' }])
    drafts[0]!.item = 41
    expect(appliedLines(drafts, defectLines, 'en')).toEqual([{ defect_type_id: 41, count: 9 }])
  })

  it('copy and paste as "SCR:3; DENT:2"', () => {
    const value = [
      { defect_type_id: 40, count: 3 },
      { defect_type_id: 41, count: 2 },
    ]
    expect(linesSum(value, defectLines)).toBe(5)
    expect(linesText(value, defectLines, column, catalogs)).toBe('SCR:3; DENT:2')
    expect(cellText(column, value, catalogs)).toBe('SCR:3; DENT:2')
    const ctx = { catalogs, dateOrder: 'MDY' as const, locale: 'en' }
    expect(parseCell(column, 'SCR:3; dent 2', ctx)).toEqual({ ok: true, value })
    expect(parseLines('Scratch = 3', defectLines, column, catalogs, 'en')).toEqual({ ok: true, value: [{ defect_type_id: 40, count: 3 }] })
    expect(parseCell(column, '', ctx)).toEqual({ ok: true, value: null })
    expect(parseCell(column, 'RUST:4', ctx)).toEqual({ ok: false, problem: { key: 'entry.lines.unreadable', params: { text: 'RUST:4' } } })
  })
})
