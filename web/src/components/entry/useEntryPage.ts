import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import { usePlant } from '@/composables/usePlant'
import { IMPORTERS } from '@/navigation'
import { i18n } from '@/plugins/i18n'
import { useSessionStore } from '@/stores/session'
import type EntryGrid from './EntryGrid.vue'
import { entryFilterQuery, parseEntryFilter } from './entryFilter'
import type { EntryFilter, EntryType } from './types'
import { useEntryWorkspace } from './useEntryWorkspace'

/**
 * The state of a shift-data entry page (Production, Quality, Downtime): the client and plant day, the filter carried
 * by the URL, the grid's workspace and who may import. The page renders it with EntryPage.vue.
 */
export function useEntryPage(type: EntryType) {
  const { locale } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const session = useSessionStore()

  const clientId = computed(() => session.selectedClient?.id ?? null)
  const { today } = usePlant(clientId)
  const filter = computed<EntryFilter>(() => parseEntryFilter(route.query, today.value))
  function change(patch: Partial<EntryFilter>): void {
    void router.replace({ query: entryFilterQuery({ ...filter.value, ...patch }, today.value) })
  }

  /** Header names of a column in every UI language: a pasted header row may be English or Spanish. */
  function headerNames(field: string): string[] {
    const key = type.columns.find((c) => c.field === field)?.labelKey
    return key ? (['en', 'es'] as const).map((l) => i18n.global.t(key, {}, { locale: l })) : []
  }

  const ws = useEntryWorkspace(type, {
    userId: computed(() => session.user?.id ?? null),
    clientId,
    filter,
    today,
    operator: computed(() => session.role === 'operator'),
    locale: computed(() => String(locale.value)),
    headerNames,
  })
  const grid = ref<InstanceType<typeof EntryGrid> | null>(null)
  const canImport = computed(() => session.role !== null && IMPORTERS.includes(session.role))

  /** Sums a numeric field over the grid's rows (stored and unsaved). */
  function sum(field: string): number {
    return ws.model.rows.value.reduce((s, r) => s + (typeof r.values[field] === 'number' ? (r.values[field] as number) : 0), 0)
  }

  return { type, session, clientId, today, filter, change, ws, grid, canImport, sum }
}

export type EntryPageState = ReturnType<typeof useEntryPage>
