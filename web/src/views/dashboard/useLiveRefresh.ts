import { useLiveUpdates, type EntryChangedEvent } from '@/composables/useLiveUpdates'
import type { RefreshRegistry } from './useLoader'

/** The clients and production days a page shows. */
export interface LiveScope {
  clientIds: readonly number[]
  from: string
  to: string
}

/**
 * Whether a change can move what a page shows: one of its clients, and a production day in its period (holds and
 * work orders carry no day and always count: WIP aging and deliveries are as-of figures).
 */
export function affects(change: EntryChangedEvent, scope: LiveScope): boolean {
  if (!scope.clientIds.includes(change.client_id)) return false
  return change.from === null || change.to === null || (change.from <= scope.to && change.to >= scope.from)
}

/**
 * Reloads a page's widgets when an entry it depends on changes elsewhere (live updates, no polling), and after the
 * stream reconnects (changes may have been missed). The scope is read at each event, so filter changes apply.
 */
export function useLiveRefresh(registry: RefreshRegistry, scope: () => LiveScope): void {
  useLiveUpdates().onEntryChanged({}, (changes, reason) => {
    if (reason === 'reconnect' || changes.some((c) => affects(c, scope()))) void registry.refreshAll()
  })
}
