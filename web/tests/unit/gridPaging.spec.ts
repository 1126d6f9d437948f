import { describe, expect, it, vi } from 'vitest'
import type { CatalogQuery } from '@/api/types'
import { filteredPages, fromColumnState, pageCount, pageRange, toCatalogQuery } from '@/utils/gridPaging'

describe('grid state → catalog list query', () => {
  const base = { clientId: 3, page: 1, size: 25, sort: { key: 'code', order: 'asc' as const }, search: '', active: 'all' as const }

  it('sends a 0-based page, the size and one sort=field,dir', () => {
    expect(toCatalogQuery({ ...base, page: 3, size: 50, sort: { key: 'name', order: 'desc' } })).toEqual({
      client_id: 3,
      page: 2,
      size: 50,
      sort: 'name,desc',
    })
  })

  it('adds q (trimmed) and active only when filtering', () => {
    expect(toCatalogQuery({ ...base, search: '  p-100 ', active: 'inactive' })).toMatchObject({ q: 'p-100', active: false })
    expect(toCatalogQuery({ ...base, active: 'active' })).toMatchObject({ active: true })
    const plain = toCatalogQuery({ ...base, search: '   ' })
    expect(plain).not.toHaveProperty('q')
    expect(plain).not.toHaveProperty('active')
  })

  it('puts leading sorts first (grouping) without repeating the column sort', () => {
    const category = { key: 'category', order: 'asc' as const }
    expect(toCatalogQuery({ ...base, leadingSort: [category] }).sort).toEqual(['category,asc', 'code,asc'])
    expect(toCatalogQuery({ ...base, sort: { key: 'category', order: 'desc' }, leadingSort: [category] }).sort).toBe('category,desc')
  })

  it('never asks for a negative page', () => {
    expect(toCatalogQuery({ ...base, page: 0 }).page).toBe(0)
  })
})

describe('AG Grid column state → server sort', () => {
  it('takes the sorted column with the lowest sort index', () => {
    expect(
      fromColumnState([
        { colId: 'code', sort: null },
        { colId: 'name', sort: 'desc', sortIndex: 1 },
        { colId: 'active', sort: 'asc', sortIndex: 0 },
      ]),
    ).toEqual({ key: 'active', order: 'asc' })
  })

  it('is null when nothing is sorted', () => {
    expect(fromColumnState([{ colId: 'code' }, { colId: 'name', sort: null }])).toBeNull()
  })
})

describe('pager figures', () => {
  it('counts pages (at least one)', () => {
    expect(pageCount(0, 25)).toBe(1)
    expect(pageCount(25, 25)).toBe(1)
    expect(pageCount(26, 25)).toBe(2)
  })

  it('shows the rows of the page', () => {
    expect(pageRange(1, 25, 0)).toEqual({ from: 0, to: 0 })
    expect(pageRange(1, 25, 7)).toEqual({ from: 1, to: 7 })
    expect(pageRange(3, 25, 60)).toEqual({ from: 51, to: 60 })
  })
})

describe('a filter the API lacks (downtime category)', () => {
  const rows = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, category: i % 2 ? 'machine' : 'quality' }))
  const fetchPage = vi.fn(async (q: CatalogQuery) => {
    const size = q.size ?? 50
    const page = q.page ?? 0
    return { items: rows.slice(page * size, (page + 1) * size), page, size, total: rows.length }
  })

  it('reads every page of the server, filters, and answers the requested page with the filtered total', async () => {
    const fetcher = filteredPages(fetchPage, (r) => r.category === 'quality', 3)
    const second = await fetcher({ client_id: 1, page: 1, size: 2, sort: 'code,asc', q: 'x' })
    expect(second).toEqual({ items: [{ id: 5, category: 'quality' }, { id: 7, category: 'quality' }], page: 1, size: 2, total: 4 })
    expect(fetchPage.mock.calls.map(([q]) => [q.page, q.size])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ])
    expect(fetchPage.mock.calls[0]?.[0]).toMatchObject({ client_id: 1, sort: 'code,asc', q: 'x' })
  })
})
