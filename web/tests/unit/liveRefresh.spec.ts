import { describe, expect, it } from 'vitest'
import type { EntryChangedEvent } from '@/composables/useLiveUpdates'
import { affects } from '@/views/dashboard/useLiveRefresh'

const change = (client_id: number, from: string | null, to: string | null): EntryChangedEvent => ({
  client_id,
  kind: from === null ? 'holds' : 'production',
  from,
  to,
  actions: ['created'],
})
const scope = { clientIds: [1, 2], from: '2026-11-01', to: '2026-11-30' }

describe('which changes a dashboard reloads for', () => {
  it('a change of a client the page shows, on a day of its period', () => {
    expect(affects(change(1, '2026-11-30', '2026-11-30'), scope)).toBe(true)
    expect(affects(change(2, '2026-10-31', '2026-11-01'), scope)).toBe(true) // a batch that reaches into the period
  })
  it('not a change of another client, nor one outside the period', () => {
    expect(affects(change(3, '2026-11-15', '2026-11-15'), scope)).toBe(false)
    expect(affects(change(1, '2026-10-01', '2026-10-31'), scope)).toBe(false)
    expect(affects(change(1, '2026-12-01', '2026-12-01'), scope)).toBe(false)
  })
  it('holds and work orders (no production day) always count for the page’s clients', () => {
    expect(affects(change(2, null, null), scope)).toBe(true)
    expect(affects(change(3, null, null), scope)).toBe(false)
  })
})
