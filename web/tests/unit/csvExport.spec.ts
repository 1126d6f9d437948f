import { describe, expect, it } from 'vitest'
import { csvFileName, csvPath } from '@/utils/csvExport'

describe('csv export links', () => {
  it('keeps the filters and sort, drops paging and empty values, repeats list values', () => {
    expect(csvPath('/api/work-orders', { page: 2, size: 25, client_id: 3, status: ['ACTIVE', 'ON_HOLD'], q: '', to: undefined, sort: 'number,asc' }))
      .toBe('/api/work-orders?client_id=3&status=ACTIVE&status=ON_HOLD&sort=number%2Casc&format=csv')
  })

  it('names the file after the list and the day', () => {
    expect(csvFileName('audit', new Date(2026, 0, 5))).toBe('audit-2026-01-05.csv')
  })
})
