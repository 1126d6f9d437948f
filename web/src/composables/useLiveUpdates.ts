import { getCurrentScope, onScopeDispose, readonly, ref } from 'vue'
import { refreshSession } from '@/api/client'

/**
 * Live updates: one shared EventSource per tab on GET /api/dashboards/events (server-sent events), opened when the
 * first listener registers and closed when the last one leaves.
 *
 * Use it from any view or composable that shows entries or KPIs:
 *
 * ```ts
 * const live = useLiveUpdates()
 * live.onEntryChanged({ clientIds: [clientId], kinds: ['production', 'downtime'] }, (changes, reason) => {
 *   void reload() // `changes` are the matching events of one burst; empty when reason === 'reconnect'
 * })
 * ```
 *
 * - `filter.clientIds` / `filter.kinds` (omit for all), `filter.days` ({from, to}: only changes whose production days
 *   overlap; a change without days — work orders, holds — always matches).
 * - The handler runs once per burst: events arriving within `debounceMs` (default 300 ms) of each other are handed
 *   over together, so a 10 000-row import or several quick saves cause one reload.
 * - After the stream was lost and is back (network, server restart, the session's refresh), every handler runs with
 *   `reason === 'reconnect'` and no changes: events may have been missed, so reload.
 * - Registered inside a component's setup (or any effect scope) the listener is removed with it; otherwise call the
 *   returned function.
 *
 * The server ends the stream with an `expired` event when the access token expires (15 minutes): the composable then
 * refreshes the session like any 401 would and reconnects. A refused connection (e.g. 401) is retried with back-off
 * (1 s doubling to 30 s) after a session refresh.
 */

export type EntryKind = 'production' | 'quality' | 'downtime' | 'holds' | 'attendance' | 'work_orders'

/** The `entry-changed` event's data. */
export interface EntryChangedEvent {
  client_id: number
  kind: EntryKind
  /** Earliest production day touched (YYYY-MM-DD); null for kinds without one (work orders, holds). */
  from: string | null
  to: string | null
  actions: ('created' | 'updated' | 'deleted')[]
}

export interface EntryFilter {
  clientIds?: readonly number[]
  kinds?: readonly EntryKind[]
  days?: { from: string; to: string }
}

export type LiveReason = 'change' | 'reconnect'
export type EntryChangedHandler = (changes: EntryChangedEvent[], reason: LiveReason) => void

export interface ListenOptions {
  debounceMs?: number
}

const URL = '/api/dashboards/events'
const MIN_BACKOFF_MS = 1000
const MAX_BACKOFF_MS = 30_000

interface Listener {
  filter: EntryFilter
  handler: EntryChangedHandler
  debounceMs: number
  pending: EntryChangedEvent[]
  reconnect: boolean
  timer: ReturnType<typeof setTimeout> | null
}

const listeners = new Set<Listener>()
const connected = ref(false)
let source: EventSource | null = null
let retryTimer: ReturnType<typeof setTimeout> | null = null
let backoff = MIN_BACKOFF_MS
/** Whether a stream was open before: the next `ready` means events may have been missed. */
let hadStream = false

export function matches(filter: EntryFilter, e: EntryChangedEvent): boolean {
  if (filter.clientIds && !filter.clientIds.includes(e.client_id)) return false
  if (filter.kinds && !filter.kinds.includes(e.kind)) return false
  if (filter.days && e.from !== null && e.to !== null) {
    return e.from <= filter.days.to && e.to >= filter.days.from
  }
  return true
}

function schedule(l: Listener): void {
  if (l.timer !== null) clearTimeout(l.timer)
  l.timer = setTimeout(() => {
    l.timer = null
    const changes = l.pending
    const reason: LiveReason = l.reconnect ? 'reconnect' : 'change'
    l.pending = []
    l.reconnect = false
    l.handler(reason === 'reconnect' ? [] : changes, reason)
  }, l.debounceMs)
}

function dispatch(e: EntryChangedEvent): void {
  for (const l of listeners) {
    if (!matches(l.filter, e)) continue
    l.pending.push(e)
    schedule(l)
  }
}

function resync(): void {
  for (const l of listeners) {
    l.reconnect = true
    schedule(l)
  }
}

function open(): void {
  if (source || listeners.size === 0) return
  const es = new EventSource(URL, { withCredentials: true })
  source = es
  es.addEventListener('ready', () => {
    connected.value = true
    backoff = MIN_BACKOFF_MS
    if (hadStream) resync()
    hadStream = true
  })
  es.addEventListener('entry-changed', (m) => {
    try {
      dispatch(JSON.parse((m as MessageEvent<string>).data) as EntryChangedEvent)
    } catch {
      /* an unreadable event is ignored; the next one or a reconnect brings the view up to date */
    }
  })
  es.addEventListener('expired', () => {
    close()
    void refreshSession().then(() => open())
  })
  es.onerror = () => {
    connected.value = false
    // CONNECTING: the browser retries by itself; CLOSED: it gave up (e.g. 401), so refresh and retry with back-off
    if (es.readyState !== EventSource.CLOSED) return
    close()
    const wait = backoff
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS)
    retryTimer = setTimeout(() => {
      retryTimer = null
      void refreshSession().then(() => open())
    }, wait)
  }
}

function close(): void {
  if (source) {
    source.close()
    source = null
  }
  connected.value = false
}

function shutdown(): void {
  close()
  if (retryTimer !== null) {
    clearTimeout(retryTimer)
    retryTimer = null
  }
  hadStream = false
  backoff = MIN_BACKOFF_MS
}

/** Listens for entry changes; returns the function that stops listening (called for you when the scope ends). */
export function onEntryChanged(filter: EntryFilter, handler: EntryChangedHandler, options: ListenOptions = {}): () => void {
  const l: Listener = { filter, handler, debounceMs: options.debounceMs ?? 300, pending: [], reconnect: false, timer: null }
  listeners.add(l)
  open()
  let active = true
  const stop = () => {
    if (!active) return
    active = false
    if (l.timer !== null) clearTimeout(l.timer)
    listeners.delete(l)
    if (listeners.size === 0) shutdown()
  }
  if (getCurrentScope()) onScopeDispose(stop)
  return stop
}

export function useLiveUpdates() {
  return { onEntryChanged, connected: readonly(connected) }
}
