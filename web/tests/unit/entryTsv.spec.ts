import { describe, expect, it } from 'vitest'
import { isBlock, matchHeader, parseTsv } from '@/components/entry/tsv'

describe('tab-separated blocks from Excel and Sheets', () => {
  it('splits rows and cells, with CRLF or LF line ends and a trailing line end', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    expect(parseTsv('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ])
  })

  it('reads quoted cells holding tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"late\tstart"\t"two\nlines"\t"say ""hi"""\n5')).toEqual([['late\tstart', 'two\nlines', 'say "hi"'], ['5']])
  })

  it('keeps a lone quote at the start of a cell as text', () => {
    expect(parseTsv('"abc\t1')).toEqual([['"abc', '1']])
  })

  it('keeps empty cells (their position matters) and drops empty rows', () => {
    expect(parseTsv('a\t\tc\n\t\t\n\nd')).toEqual([['a', '', 'c'], ['d']])
  })

  it('tells a block from a single value', () => {
    expect(isBlock('480')).toBe(false)
    expect(isBlock('480\n')).toBe(false)
    expect(isBlock('480\t7.5')).toBe(true)
    expect(isBlock('480\n500')).toBe(true)
  })
})

describe('header rows', () => {
  const columns = [
    { field: 'shift_date', names: ['Date', 'Fecha'] },
    { field: 'line_id', names: ['Line', 'Línea'] },
    { field: 'units_produced', names: ['Units produced', 'Unidades producidas', 'units', 'unidades'] },
    { field: 'scrap_count', names: ['Scrap', 'Desperdicio', 'merma'] },
  ]

  it('maps English and Spanish names, ignoring case, accents, spaces and punctuation', () => {
    const m = matchHeader(['FECHA', 'linea', 'Units Produced', 'Merma'], columns)
    expect(m.header).toBe(true)
    expect(m.fields).toEqual(['shift_date', 'line_id', 'units_produced', 'scrap_count'])
    expect(m.unknown).toEqual([])
    expect(matchHeader(['units_produced', 'SCRAP'], columns).fields).toEqual(['units_produced', 'scrap_count'])
  })

  it('reports the header cells it cannot place and maps a column only once', () => {
    const m = matchHeader(['Date', 'Operator', 'Units', 'Unidades'], columns)
    expect(m.header).toBe(true)
    expect(m.fields).toEqual(['shift_date', null, 'units_produced', null])
    expect(m.unknown).toEqual(['Operator', 'Unidades'])
  })

  it('takes a data row for data', () => {
    expect(matchHeader(['2026-11-29', 'L1', '480', '2'], columns).header).toBe(false)
    // one recognised word among many values is not a header either
    expect(matchHeader(['2026-11-29', 'Line', '480', '2', '7'], columns).header).toBe(false)
  })
})
