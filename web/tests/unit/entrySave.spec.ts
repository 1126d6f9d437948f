import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import type { SaveAttempt } from '@/components/entry/drafts'
import { isPending } from '@/components/entry/rows'
import type { EntryType, StoredRecord, Values } from '@/components/entry/types'
import { useEntryGrid } from '@/components/entry/useEntryGrid'
import { useEntrySave } from '@/components/entry/useEntrySave'
import { ApiError } from '@/utils/problem'
import { productionEntry } from '@/views/entry/productionEntry'
import { catalogs } from './entryFixtures'

/** The production entry type with its API calls answered by the test: what was sent is recorded. */
function setup(answers: { createAll?: (body: unknown[], key: string) => StoredRecord[]; update?: (id: number, body: Values) => StoredRecord; get?: (id: number) => StoredRecord }) {
  const sent: { call: string; body: unknown; key?: string }[] = []
  const type: EntryType = {
    ...productionEntry,
    api: {
      list: async () => ({ items: [], total: 0 }),
      get: async (id) => answers.get!(id),
      createAll: async (body, key) => {
        sent.push({ call: 'batch', body, key })
        return answers.createAll!(body, key)
      },
      update: async (id, body) => {
        sent.push({ call: `put ${id}`, body })
        return answers.update!(id, body as Values)
      },
      remove: async () => undefined,
    },
  } as EntryType
  const model = useEntryGrid({
    type,
    catalogs: ref(catalogs),
    filter: ref({ date: '2026-11-29', days: 1, shift: 1, line: 10 }),
    today: ref('2026-11-29'),
    earliest: ref(null),
    dateOrder: ref('MDY'),
    locale: ref('en'),
    headerNames: () => [],
  })
  const attempt = ref<SaveAttempt | null>(null)
  const saver = useEntrySave(model, type, ref(1), attempt, () => undefined)
  return { model, saver, attempt, sent }
}
const stored = (id: number, values: Values, version = 1): StoredRecord => ({ id, version, values })

describe('saving after the read-back', () => {
  it('sends new rows in one confirmed batch and shows them as stored rows', async () => {
    const { model, saver, attempt, sent } = setup({ createAll: (body) => body.map((b, i) => stored(100 + i, b as Values)) })
    model.addRow({ units_produced: 5, product_id: 20 })
    model.addRow({ units_produced: 6, product_id: 20 })
    const outcome = await saver.save(model.rows.value.filter(isPending))
    expect(outcome).toMatchObject({ saved: 2, invalid: 0, failed: false })
    expect(sent).toHaveLength(1)
    expect(sent[0]!.body).toEqual([
      expect.objectContaining({ client_id: 1, confirmed: true, shift_date: '2026-11-29', shift_id: 1, line_id: 10, units_produced: 5 }),
      expect.objectContaining({ units_produced: 6 }),
    ])
    expect(model.rows.value.map((r) => r.id)).toEqual([100, 101])
    expect(model.pendingCount.value).toBe(0)
    expect(attempt.value).toBeNull()
    expect(model.canUndo.value).toBe(false)
  })

  it('retries rows that got no answer with the same Idempotency-Key, and changed rows with a new one', async () => {
    let fail = true
    const { model, saver, sent } = setup({
      createAll: (body) => {
        if (fail) throw new ApiError(0, { detail: 'offline' })
        return body.map((b, i) => stored(200 + i, b as Values))
      },
    })
    const key = model.addRow({ units_produced: 5, product_id: 20 })
    expect((await saver.save(model.pending.value)).failed).toBe(true)
    expect(model.pendingCount.value).toBe(1)
    expect((await saver.save(model.pending.value)).failed).toBe(true)
    expect(sent[1]!.key).toBe(sent[0]!.key)
    model.edit(key, 'units_produced', '7')
    fail = false
    expect((await saver.save(model.pending.value)).saved).toBe(1)
    expect(sent[2]!.key).not.toBe(sent[0]!.key)
  })

  it('puts a refused batch’s errors on the rows and cells they name, keeping every row', async () => {
    const { model, saver } = setup({
      createAll: () => {
        throw new ApiError(422, { status: 422, errors: [{ field: 'entries[1].units_produced', message: 'must be at most 1000000' }] })
      },
    })
    model.addRow({ units_produced: 5, product_id: 20 })
    const second = model.addRow({ units_produced: 6, product_id: 20 })
    const outcome = await saver.save(model.pending.value)
    expect(outcome).toMatchObject({ saved: 0, invalid: 1 })
    expect(model.pendingCount.value).toBe(2)
    const row = model.rows.value.find((r) => r.key === second)!
    expect(model.errorsOf(row).units_produced).toEqual([{ text: 'must be at most 1000000' }])
    // the next edit of the row clears the server's answer
    model.edit(second, 'units_produced', '60')
    expect(model.errorsOf(model.rows.value.find((r) => r.key === second)!).units_produced).toBeUndefined()
  })

  it('corrects stored rows with their version; a stale one is marked and can be reloaded', async () => {
    const { model, saver, sent } = setup({
      update: (id, body) => {
        if (id === 2) throw new ApiError(409, { status: 409, detail: 'stale' })
        return stored(id, body, 4)
      },
      get: (id) => stored(id, { units_produced: 77 }, 9),
    })
    model.setStored([stored(1, { units_produced: 10, product_id: 20, line_id: 10, shift_id: 1, shift_date: '2026-11-29' }, 3), stored(2, { units_produced: 20, product_id: 20, line_id: 10, shift_id: 1, shift_date: '2026-11-29' }, 5)])
    model.edit('s1', 'units_produced', '11')
    model.edit('s2', 'units_produced', '21')
    const outcome = await saver.save(model.pending.value)
    expect(outcome).toMatchObject({ saved: 1, conflicts: 1 })
    expect(sent.map((s) => [s.call, (s.body as Values).version])).toEqual([
      ['put 1', 3],
      ['put 2', 5],
    ])
    expect(model.rows.value.map((r) => [r.id, r.version, r.conflict])).toEqual([
      [1, 4, false],
      [2, 5, true],
    ])
    expect(await saver.reload('s2')).toBe(true)
    expect(model.rows.value[1]).toMatchObject({ id: 2, version: 9, conflict: false, values: { units_produced: 77 } })
  })
})
