import { describe, expect, it } from 'vitest'
import {
  countsQuery,
  defaultFilters,
  effectiveClient,
  filtersToQuery,
  listQuery,
  parseFilters,
  toggleStatus,
  withChange,
} from '@/utils/workOrderFilters'

describe('work-order list filters ⇄ URL query', () => {
  it('an empty query is the default filter set, and the default filters give an empty query', () => {
    expect(parseFilters({})).toEqual(defaultFilters())
    expect(filtersToQuery(defaultFilters())).toEqual({})
  })

  it('parses every filter from the URL (repeatable and comma-separated statuses)', () => {
    const f = parseFilters({
      client: '7',
      status: ['ON_HOLD', 'ACTIVE,COMPLETED'],
      product: '12',
      q: '  po-48 ',
      from: '2026-03-01',
      to: '2026-03-31',
      page: '3',
      size: '50',
      sort: 'planned_ship_date,desc',
    })
    expect(f).toEqual({
      client: 7,
      statuses: ['ACTIVE', 'ON_HOLD', 'COMPLETED'],
      product: 12,
      q: 'po-48',
      from: '2026-03-01',
      to: '2026-03-31',
      page: 3,
      size: 50,
      sort: { key: 'planned_ship_date', order: 'desc' },
    })
  })

  it('round-trips through the URL', () => {
    const f = withChange(defaultFilters(), { client: 'all', statuses: ['REJECTED', 'ACTIVE'], q: 'WO-1', from: '2026-01-05' })
    const back = parseFilters(filtersToQuery(f) as Record<string, string | string[]>)
    expect(back).toEqual({ ...f, statuses: ['ACTIVE', 'REJECTED'] })
    expect(filtersToQuery(f)).toEqual({ client: 'all', status: ['ACTIVE', 'REJECTED'], q: 'WO-1', from: '2026-01-05' })
  })

  it('drops what is unknown or malformed instead of failing', () => {
    const f = parseFilters({
      client: 'x',
      status: ['DONE', 'active'],
      product: '-1',
      from: '2026-13-45',
      to: '31/03/2026',
      page: '0',
      size: '33',
      sort: 'password,desc',
    })
    expect(f).toEqual(defaultFilters())
  })

  it('any filter change returns to page 1, turning the page does not', () => {
    const onPage3 = { ...defaultFilters(), page: 3 }
    expect(withChange(onPage3, { page: 4 }).page).toBe(4)
    expect(withChange(onPage3, { q: 'x' }).page).toBe(1)
    expect(withChange(onPage3, { sort: { key: 'number', order: 'asc' } }).page).toBe(1)
    expect(withChange(onPage3, { size: 50 }).page).toBe(1)
  })

  it('toggles statuses in the fixed lifecycle order', () => {
    expect(toggleStatus([], 'ON_HOLD')).toEqual(['ON_HOLD'])
    expect(toggleStatus(['ON_HOLD'], 'ACTIVE')).toEqual(['ACTIVE', 'ON_HOLD'])
    expect(toggleStatus(['ACTIVE', 'ON_HOLD'], 'ACTIVE')).toEqual(['ON_HOLD'])
  })
})

describe('work-order list filters → API query', () => {
  it('follows the app-bar client unless the filter names one or all', () => {
    expect(effectiveClient(defaultFilters(), 4)).toBe(4)
    expect(effectiveClient({ ...defaultFilters(), client: 9 }, 4)).toBe(9)
    expect(effectiveClient({ ...defaultFilters(), client: 'all' }, 4)).toBeUndefined()
  })

  it('builds the list query (0-based page, repeatable status) and the counts query without status or paging', () => {
    const f = { ...defaultFilters(), statuses: ['ACTIVE' as const], product: 3, q: ' PO ', to: '2026-02-01', page: 2 }
    expect(listQuery(f, 5)).toEqual({
      client_id: 5,
      product_id: 3,
      q: 'PO',
      to: '2026-02-01',
      status: ['ACTIVE'],
      page: 1,
      size: 25,
      sort: 'created_at,desc',
    })
    expect(countsQuery(f, 5)).toEqual({ client_id: 5, product_id: 3, q: 'PO', to: '2026-02-01' })
    expect(countsQuery({ ...defaultFilters(), client: 'all' }, 5)).toEqual({})
  })
})
