import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'

vi.mock('@/api/client', () => ({ refreshSession: vi.fn(() => Promise.resolve(true)) }))

import { refreshSession } from '@/api/client'
import { matches, onEntryChanged, type EntryChangedEvent } from '@/composables/useLiveUpdates'

/** A stand-in for the browser's EventSource: the test plays the server's events. */
class FakeEventSource {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  static all: FakeEventSource[] = []
  readyState = FakeEventSource.CONNECTING
  closed = false
  onerror: (() => void) | null = null
  private handlers = new Map<string, ((m: MessageEvent<string>) => void)[]>()

  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    FakeEventSource.all.push(this)
  }

  addEventListener(name: string, h: (m: MessageEvent<string>) => void): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), h])
  }

  close(): void {
    this.closed = true
    this.readyState = FakeEventSource.CLOSED
  }

  emit(name: string, data: unknown = {}): void {
    if (name === 'ready') this.readyState = FakeEventSource.OPEN
    for (const h of this.handlers.get(name) ?? []) h({ data: JSON.stringify(data) } as MessageEvent<string>)
  }

  fail(): void {
    this.readyState = FakeEventSource.CLOSED
    this.onerror?.()
  }

  static last(): FakeEventSource {
    return FakeEventSource.all[FakeEventSource.all.length - 1]!
  }
}

function change(clientId: number, kind: EntryChangedEvent['kind'] = 'production', day: string | null = '2026-11-30'): EntryChangedEvent {
  return { client_id: clientId, kind, from: day, to: day, actions: ['created'] }
}

describe('useLiveUpdates', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    FakeEventSource.all = []
    vi.stubGlobal('EventSource', FakeEventSource)
    vi.mocked(refreshSession).mockClear()
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('opens one shared stream lazily and closes it when the last listener leaves', () => {
    expect(FakeEventSource.all).toHaveLength(0)
    const stopA = onEntryChanged({}, () => {})
    const stopB = onEntryChanged({}, () => {})
    expect(FakeEventSource.all).toHaveLength(1)
    expect(FakeEventSource.last().url).toBe('/api/dashboards/events')
    expect(FakeEventSource.last().init).toEqual({ withCredentials: true })
    stopA()
    expect(FakeEventSource.last().closed).toBe(false)
    stopB()
    expect(FakeEventSource.last().closed).toBe(true)
  })

  it('hands a burst of matching events to the handler once', () => {
    const handler = vi.fn()
    const stop = onEntryChanged({ clientIds: [1], kinds: ['production'] }, handler, { debounceMs: 300 })
    const es = FakeEventSource.last()
    es.emit('ready')
    es.emit('entry-changed', change(1))
    es.emit('entry-changed', change(2))
    es.emit('entry-changed', change(1, 'quality'))
    vi.advanceTimersByTime(200)
    es.emit('entry-changed', change(1, 'production', '2026-11-29'))
    vi.advanceTimersByTime(299)
    expect(handler).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(handler).toHaveBeenCalledTimes(1)
    expect(handler).toHaveBeenCalledWith([change(1), change(1, 'production', '2026-11-29')], 'change')
    stop()
  })

  it('filters by production days, letting day-less changes through', () => {
    const days = { from: '2026-11-30', to: '2026-11-30' }
    expect(matches({ days }, change(1, 'production', '2026-11-30'))).toBe(true)
    expect(matches({ days }, change(1, 'production', '2026-11-29'))).toBe(false)
    expect(matches({ days }, { ...change(1), from: '2026-11-01', to: '2026-12-01' })).toBe(true)
    expect(matches({ days }, change(1, 'work_orders', null))).toBe(true)
  })

  it('removes a listener registered in a scope when the scope ends', () => {
    const handler = vi.fn()
    const scope = effectScope()
    scope.run(() => onEntryChanged({}, handler))
    const es = FakeEventSource.last()
    scope.stop()
    expect(es.closed).toBe(true)
    es.emit('entry-changed', change(1))
    vi.runAllTimers()
    expect(handler).not.toHaveBeenCalled()
  })

  it('after a refused connection refreshes the session, reconnects with back-off and asks for a reload', async () => {
    const handler = vi.fn()
    const stop = onEntryChanged({}, handler, { debounceMs: 10 })
    FakeEventSource.last().emit('ready')
    FakeEventSource.last().fail()
    expect(FakeEventSource.all).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect(refreshSession).toHaveBeenCalledTimes(1)
    expect(FakeEventSource.all).toHaveLength(2)
    FakeEventSource.last().fail()
    await vi.advanceTimersByTimeAsync(1999)
    expect(FakeEventSource.all).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(FakeEventSource.all).toHaveLength(3)
    FakeEventSource.last().emit('ready')
    vi.advanceTimersByTime(10)
    expect(handler).toHaveBeenCalledWith([], 'reconnect')
    stop()
  })

  it('on the expired event refreshes the session and opens a new stream', async () => {
    const stop = onEntryChanged({}, () => {})
    const first = FakeEventSource.last()
    first.emit('ready')
    first.emit('expired')
    expect(first.closed).toBe(true)
    await vi.runAllTimersAsync()
    expect(refreshSession).toHaveBeenCalledTimes(1)
    expect(FakeEventSource.all).toHaveLength(2)
    stop()
  })
})
