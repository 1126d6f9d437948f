import { describe, expect, it } from 'vitest'
import { fileNameOf, reportPath } from '@/api/reports'
import { presetRange } from '@/views/reports/reportPeriod'

describe('presetRange', () => {
  it('last month is the calendar month before today, whatever its length', () => {
    expect(presetRange('lastMonth', '2026-03-15', ['x', 'y'])).toEqual(['2026-02-01', '2026-02-28'])
    expect(presetRange('lastMonth', '2026-01-01', ['x', 'y'])).toEqual(['2025-12-01', '2025-12-31'])
  })
  it('this month and the rolling windows end today', () => {
    expect(presetRange('thisMonth', '2026-03-15', ['x', 'y'])).toEqual(['2026-03-01', '2026-03-15'])
    expect(presetRange('last7', '2026-03-15', ['x', 'y'])).toEqual(['2026-03-09', '2026-03-15'])
    expect(presetRange('last30', '2026-03-15', ['x', 'y'])).toEqual(['2026-02-14', '2026-03-15'])
  })
  it('custom keeps the range as it is', () => {
    expect(presetRange('custom', '2026-03-15', ['2026-01-02', '2026-01-09'])).toEqual(['2026-01-02', '2026-01-09'])
  })
})

describe('report requests', () => {
  it('repeat client_id and leave out unset filters', () => {
    const path = reportPath({
      type: 'kpi-summary', format: 'pdf', clientIds: [3, 7], from: '2026-02-01', to: '2026-02-28',
      shiftId: null, lineId: 4, productId: null, lang: 'es',
    })
    expect(path).toBe('/api/reports/kpi-summary.pdf?client_id=3&client_id=7&from=2026-02-01&to=2026-02-28&line_id=4&lang=es')
  })
  it('read the file name from Content-Disposition', () => {
    expect(fileNameOf(`attachment; filename="a.pdf"; filename*=UTF-8''kpi-summary_ACME_2026-02-01_2026-02-28.pdf`, 'x'))
      .toBe('kpi-summary_ACME_2026-02-01_2026-02-28.pdf')
    expect(fileNameOf('attachment; filename="b.xlsx"', 'x')).toBe('b.xlsx')
    expect(fileNameOf(null, 'fallback.pdf')).toBe('fallback.pdf')
  })
})
