import { computed, ref, shallowRef, type Ref } from 'vue'
import { attendanceApi } from '@/api/attendance'
import { idempotencyKey } from '@/api/client'
import type { Roster } from '@/api/types'
import { isApiError } from '@/utils/problem'
import {
  applyEdit,
  buildBatch,
  chipCounts,
  isPending,
  markAllPresent as markAll,
  mergeRoster,
  rosterProblems,
  withServerErrors,
  type RosterField,
  type RosterLine,
} from './roster'

export interface RosterTarget {
  clientId: number
  shiftDate: string
  shiftId: number
}

/**
 * The page's roster: loaded for one client, day and shift, edited line by line, saved in one batch. Lines live in a
 * shallowRef array replaced on every change (no deep reactivity, no watcher per row): the grid gets the new array and
 * redraws only the lines whose object changed.
 */
export function useRoster(target: Ref<RosterTarget | null>) {
  const roster = shallowRef<Roster | null>(null)
  const lines = shallowRef<RosterLine[]>([])
  /** What the loaded roster is of (the filter may have moved on since). */
  const loadedFor = shallowRef<RosterTarget | null>(null)
  const loading = ref(false)
  const saving = ref(false)
  const loadError = ref<unknown>(null)
  /** Errors of the last save that name no row. */
  const saveErrors = ref<string[]>([])

  const counts = computed(() => chipCounts(lines.value))
  const pending = computed(() => lines.value.filter(isPending))
  const problems = computed(() => rosterProblems(lines.value))
  const editable = computed(() => roster.value?.editable === true)

  let seq = 0
  async function load(): Promise<void> {
    const t = target.value
    if (!t) return
    const mine = ++seq
    loading.value = true
    loadError.value = null
    try {
      const r = await attendanceApi.roster(t.clientId, t.shiftDate, t.shiftId)
      if (mine !== seq) return
      roster.value = r
      lines.value = mergeRoster(r)
      loadedFor.value = { ...t }
      saveErrors.value = []
    } catch (e) {
      if (mine === seq) loadError.value = e
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function clear(): void {
    seq++
    roster.value = null
    lines.value = []
    loadedFor.value = null
    saveErrors.value = []
    loadError.value = null
    loading.value = false
  }

  function edit(key: string, field: RosterField, value: unknown): void {
    if (!editable.value || saving.value) return
    lines.value = lines.value.map((l) => (l.key === key ? applyEdit(l, field, value) : l))
  }

  function markAllPresent(): number {
    if (!editable.value) return 0
    const before = lines.value
    lines.value = markAll(before)
    return lines.value.filter((l, i) => l !== before[i]).length
  }

  /** Saves every pending line in one batch; on success the roster is read again and shows what is stored. */
  async function save(): Promise<{ created: number; updated: number } | null> {
    const at = loadedFor.value
    if (!at || saving.value) return null
    const { entries, keys } = buildBatch(lines.value, at)
    if (!entries.length) return { created: 0, updated: 0 }
    saving.value = true
    saveErrors.value = []
    try {
      const result = await attendanceApi.saveAll(entries, idempotencyKey())
      await load()
      return { created: result.created, updated: result.updated }
    } catch (e) {
      const errors = isApiError(e) ? (e.problem.errors ?? []) : []
      if (isApiError(e) && errors.length) {
        const mapped = withServerErrors(lines.value, errors, keys)
        lines.value = mapped.lines
        saveErrors.value = mapped.other
      }
      throw e
    } finally {
      saving.value = false
    }
  }

  return { roster, lines, loadedFor, loading, saving, loadError, saveErrors, counts, pending, problems, editable, load, clear, edit, markAllPresent, save }
}

export type RosterState = ReturnType<typeof useRoster>
