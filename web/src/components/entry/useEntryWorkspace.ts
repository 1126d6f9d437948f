import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { api } from '@/api/client'
import { readDraft, writeDraft, draftKey, type SaveAttempt } from './drafts'
import { isPending } from './rows'
import type { CatalogSource, EntryFilter, EntryKpiSet, EntryType, ListQuery, StoredRecord } from './types'
import { useEntryCatalogs } from './useEntryCatalogs'
import { useEntryGrid } from './useEntryGrid'
import { useEntrySave } from './useEntrySave'
import type { DateOrder } from './values'

/** Days before/after a 'YYYY-MM-DD' day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

export interface WorkspaceOptions {
  userId: Ref<number | null>
  clientId: Ref<number | null>
  filter: Ref<EntryFilter>
  /** The plant's today. */
  today: Ref<string>
  /** Operators may only enter the client's back-dating window. */
  operator: Ref<boolean>
  locale: Ref<string>
  headerNames: (field: string) => string[]
}

/**
 * Everything an entry page needs for one entry type and client: catalogs, the rows model (drafts restored from the
 * browser, stored rows of the filter below them), the client's date order and entry window, and saving.
 */
export function useEntryWorkspace(type: EntryType, o: WorkspaceOptions) {
  const sources = [...new Set(type.columns.map((c) => c.catalog).filter((s): s is CatalogSource => !!s))]
  const catalogs = useEntryCatalogs(o.clientId, sources)

  const dateOrder = ref<DateOrder>('MDY')
  const backdatingDays = ref<number | null>(null)
  watch(
    o.clientId,
    async (id) => {
      dateOrder.value = 'MDY'
      backdatingDays.value = null
      if (id === null) return
      try {
        const s = await api.getClientSettings(id)
        if (id !== o.clientId.value) return
        dateOrder.value = s.settings.date_order === 'DMY' ? 'DMY' : 'MDY'
        backdatingDays.value = s.settings.operator_backdating_days
      } catch {
        /* defaults: the server still checks the window and reads ISO dates */
      }
    },
    { immediate: true },
  )
  const earliest = computed(() =>
    o.operator.value && backdatingDays.value !== null ? addDays(o.today.value, -backdatingDays.value) : null,
  )

  const model = useEntryGrid({
    type,
    catalogs: catalogs.index,
    filter: o.filter,
    today: o.today,
    earliest,
    dateOrder,
    locale: o.locale,
    headerNames: o.headerNames,
  })

  const attempt = ref<SaveAttempt | null>(null)
  function remember(records: StoredRecord[]): void {
    for (const r of records) {
      for (const [source, items] of Object.entries(r.options ?? {})) catalogs.add(source as CatalogSource, items)
    }
  }
  const saver = useEntrySave(model, type, o.clientId, attempt, remember)

  /* ---- drafts: restored when the page (or the client) opens, written on every change ---- */
  const storageKey = computed(() =>
    o.userId.value !== null && o.clientId.value !== null ? draftKey(o.userId.value, o.clientId.value, type.id) : null,
  )
  /** How many rows the last restore brought back (the page says so once). */
  const restored = ref(0)
  watch(
    storageKey,
    (key) => {
      model.rows.value = []
      model.restore([])
      attempt.value = null
      restored.value = 0
      if (!key) return
      const draft = readDraft(localStorage, key)
      if (!draft) return
      model.restore(draft.rows)
      attempt.value = draft.attempt
      restored.value = draft.rows.length
    },
    { immediate: true, flush: 'sync' },
  )
  watch([model.rows, attempt], () => {
    if (storageKey.value) writeDraft(localStorage, storageKey.value, { rows: model.rows.value.filter(isPending), attempt: attempt.value })
  })

  /* ---- stored rows of the filter ---- */
  const loading = ref(false)
  const loadError = shallowRef<unknown>(null)
  const total = ref(0)
  const shown = ref(0)
  let seq = 0
  function query(client: number): ListQuery {
    const f = o.filter.value
    return {
      client_id: client,
      from: addDays(f.date, -(Math.max(1, f.days) - 1)),
      to: f.date,
      shift_id: f.shift ?? undefined,
      line_id: f.line ?? undefined,
    }
  }
  async function loadStored(): Promise<void> {
    const mine = ++seq
    const client = o.clientId.value
    if (client === null) return
    loading.value = true
    loadError.value = null
    try {
      const page = await type.api.list(query(client))
      if (mine !== seq) return
      remember(page.items)
      model.setStored(page.items)
      total.value = page.total
      shown.value = page.items.length
      void loadKpis()
    } catch (e) {
      if (mine === seq) loadError.value = e
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  watch(() => JSON.stringify([o.clientId.value, o.filter.value]), () => void loadStored(), { immediate: true })

  /* ---- the server's KPIs of the stored rows of the filter (one call; again after every save or delete) ---- */
  const kpis = shallowRef<EntryKpiSet | null>(null)
  const kpiError = shallowRef<unknown>(null)
  let kpiSeq = 0
  async function loadKpis(): Promise<void> {
    const mine = ++kpiSeq
    const client = o.clientId.value
    if (!type.kpis || client === null) return
    kpiError.value = null
    try {
      const set = await type.kpis.load(query(client))
      if (mine === kpiSeq) kpis.value = set
    } catch (e) {
      // the grid keeps working without them; the cells stay empty and the page says why
      if (mine === kpiSeq) kpiError.value = e
    }
  }
  async function save(rows: Parameters<typeof saver.save>[0]) {
    const outcome = await saver.save(rows)
    if (outcome.saved) void loadKpis()
    return outcome
  }
  async function remove(keys: readonly string[]) {
    const result = await saver.remove(keys)
    if (result.deleted) void loadKpis()
    return result
  }

  return {
    type,
    model,
    catalogs,
    dateOrder,
    earliest,
    attempt,
    restored,
    loading,
    loadError,
    total,
    shown,
    loadStored,
    kpis,
    kpiError,
    loadKpis,
    ...saver,
    save,
    remove,
  }
}

export type EntryWorkspace = ReturnType<typeof useEntryWorkspace>
