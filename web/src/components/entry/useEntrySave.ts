import { ref, shallowRef, type Ref } from 'vue'
import { idempotencyKey } from '@/api/client'
import { isApiError } from '@/utils/problem'
import type { SaveAttempt } from './drafts'
import { isNew, storedRow, type EntryRow } from './rows'
import { mapBatchErrors, mapRowErrors } from './serverErrors'
import type { EntryType, StoredRecord } from './types'
import type { EntryGridModel } from './useEntryGrid'

export interface SaveOutcome {
  saved: number
  /** Rows the server refused (422): their errors are on their cells. */
  invalid: number
  /** Rows changed by someone else meanwhile (409). */
  conflicts: number
  /** Rows deleted by someone else meanwhile (404). */
  gone: number
  /** The save did not reach the server or got no answer: nothing is lost, try again. */
  failed: boolean
  /** The server's message for a failure that names no row. */
  messages: string[]
}

/**
 * Saving the pending rows after the read-back: new rows go in one all-or-nothing batch (confirmed, with an
 * Idempotency-Key kept until the server answers, so a retry of the same rows is never stored twice), edited stored
 * rows one PUT each with the version they were based on.
 */
export function useEntrySave(
  model: EntryGridModel,
  type: EntryType,
  clientId: Ref<number | null>,
  attempt: Ref<SaveAttempt | null>,
  onRecords: (records: StoredRecord[]) => void,
) {
  const saving = ref(false)
  /** Keys of the rows the last save sent (to show which rows are being saved). */
  const sending = shallowRef<ReadonlySet<string>>(new Set())

  function stored(record: StoredRecord): EntryRow {
    return storedRow(record)
  }

  async function save(rows: readonly EntryRow[]): Promise<SaveOutcome> {
    const out: SaveOutcome = { saved: 0, invalid: 0, conflicts: 0, gone: 0, failed: false, messages: [] }
    const client = clientId.value
    if (client === null || !rows.length) return out
    saving.value = true
    sending.value = new Set(rows.map((r) => r.key))
    const changes = new Map<string, EntryRow | readonly EntryRow[] | null>()
    try {
      const fresh = rows.filter(isNew)
      if (fresh.length) {
        const body = fresh.map((r) => type.toRequest(r.values, client, null))
        const text = JSON.stringify(body)
        // the same rows after an unanswered attempt: the same key, so the server answers instead of storing twice
        const key = attempt.value?.body === text ? attempt.value.key : idempotencyKey()
        attempt.value = { key, body: text }
        try {
          const records = await type.api.createAll(body, key)
          attempt.value = null
          onRecords(records.flatMap((r) => [r, ...(r.companions ?? [])]))
          // a row may come back as several records (an event split at a shift end): they take its place together
          fresh.forEach((r, i) => {
            const record = records[i]
            if (record) changes.set(r.key, record.companions?.length ? [record, ...record.companions].map(stored) : stored(record))
          })
          out.saved += records.length
        } catch (e) {
          if (isApiError(e) && e.status === 422 && e.problem.errors?.length) {
            attempt.value = null
            const mapped = mapBatchErrors(e.problem.errors, fresh.map((r) => r.key))
            for (const r of fresh) {
              const errors = mapped.byKey.get(r.key)
              if (errors) changes.set(r.key, { ...r, serverErrors: errors })
            }
            out.invalid += mapped.byKey.size
            out.messages.push(...mapped.other)
          } else {
            // no answer, a server error, or the first attempt still running (409): keep the key for the retry
            if (isApiError(e) && e.status >= 400 && e.status < 500 && e.status !== 409) attempt.value = null
            out.failed = true
            if (isApiError(e) && !e.isNetwork && e.problem.detail) out.messages.push(e.problem.detail)
          }
        }
      }
      for (const r of rows.filter((x) => !isNew(x))) {
        try {
          const record = await type.api.update(r.id!, type.toRequest(r.values, client, r.version))
          onRecords([record])
          changes.set(r.key, stored(record))
          out.saved += 1
        } catch (e) {
          if (isApiError(e) && e.status === 409) {
            changes.set(r.key, { ...r, conflict: true })
            out.conflicts += 1
          } else if (isApiError(e) && e.status === 404) {
            changes.set(r.key, { ...r, serverErrors: { '': [e.problem.detail ?? 'not found'] } })
            out.gone += 1
          } else if (isApiError(e) && e.status === 422) {
            changes.set(r.key, { ...r, serverErrors: mapRowErrors(e.problem.errors ?? [{ field: '', message: e.message }]) })
            out.invalid += 1
          } else {
            out.failed = true
            if (isApiError(e) && !e.isNetwork && e.problem.detail) out.messages.push(e.problem.detail)
          }
        }
      }
    } finally {
      model.replace(changes, out.saved > 0)
      saving.value = false
      sending.value = new Set()
    }
    return out
  }

  /** A row changed by someone else: take the server's current version (the local edits are dropped). */
  async function reload(key: string): Promise<boolean> {
    const row = model.rows.value.find((r) => r.key === key)
    if (!row || row.id === null) return false
    try {
      const record = await type.api.get(row.id)
      onRecords([record])
      model.replace(new Map([[key, stored(record)]]), false)
      return true
    } catch (e) {
      if (isApiError(e) && e.status === 404) model.replace(new Map([[key, null]]), false)
      return false
    }
  }

  /** Deletes stored rows (admins): one DELETE each with the row's version. Returns the keys deleted. */
  async function remove(keys: readonly string[]): Promise<{ deleted: number; failed: unknown[] }> {
    const changes = new Map<string, EntryRow | null>()
    const failed: unknown[] = []
    for (const r of model.rows.value.filter((x) => keys.includes(x.key) && x.id !== null)) {
      try {
        await type.api.remove(r.id!, r.version!)
        changes.set(r.key, null)
      } catch (e) {
        if (isApiError(e) && e.status === 409) changes.set(r.key, { ...r, conflict: true })
        failed.push(e)
      }
    }
    model.replace(changes, false)
    return { deleted: [...changes.values()].filter((v) => v === null).length, failed }
  }

  return { saving, sending, save, reload, remove }
}
