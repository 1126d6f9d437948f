/**
 * What a shop-floor screen shows and when it refreshes (ADR 0013). Opened as /tv/{id}#token=…, it exchanges the
 * secret from the fragment for the HttpOnly display cookie and drops the fragment from the address bar; without a
 * fragment the cookie (or a signed-in user's session, for a preview) is what authenticates. Figures refresh when
 * live updates call `refresh()` and on a timer; an unreachable server keeps the last figures on screen, marked as
 * stale, and retries sooner until it answers again; 401/403/404 mean this screen is not (or no longer) authorised.
 */
import { onBeforeUnmount, ref } from 'vue'
import { tvApi } from '@/api/tv'
import type { TvData } from '@/api/types'
import { ApiError } from '@/utils/problem'

export type TvState = 'loading' | 'ready' | 'unauthorised' | 'lost'

export interface TvTimings {
  /** Normal refresh period. */
  refreshMs: number
  /** Retry period while the server cannot be reached. */
  retryMs: number
}

export const DEFAULT_TIMINGS: TvTimings = { refreshMs: 60_000, retryMs: 15_000 }

/** The display secret in a URL fragment like "#token=kpd_…", or null. */
export function fragmentToken(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('token')
  return value && value.trim() ? value.trim() : null
}

/** Whether a failure means "not authorised" (as opposed to a server or network problem worth retrying). */
export function isRefusal(e: unknown): boolean {
  return e instanceof ApiError && (e.status === 401 || e.status === 403 || e.status === 404)
}

export function useTvScreen(displayId: number, timings: TvTimings = DEFAULT_TIMINGS) {
  const data = ref<TvData | null>(null)
  const state = ref<TvState>('loading')
  /** When the figures on screen were fetched (browser time). */
  const fetchedAt = ref<Date | null>(null)
  let pendingToken: string | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let stopped = false

  function takeFragment(): void {
    const token = fragmentToken(window.location.hash)
    if (!token) return
    pendingToken = token
    // keep the secret off the screen and out of the history; the cookie carries it from now on
    history.replaceState(history.state, '', window.location.pathname + window.location.search)
  }

  function fail(e: unknown): void {
    if (isRefusal(e)) {
      state.value = 'unauthorised'
      data.value = null
    } else {
      state.value = 'lost'
    }
  }

  /** Fetches the figures now (the live-update hook calls this); never throws. */
  async function refresh(): Promise<void> {
    try {
      if (pendingToken) {
        await tvApi.session(displayId, pendingToken)
        pendingToken = null
      }
      data.value = await tvApi.figures(displayId)
      fetchedAt.value = new Date()
      state.value = 'ready'
    } catch (e) {
      if (isRefusal(e)) pendingToken = null
      fail(e)
    }
  }

  function schedule(): void {
    if (stopped) return
    timer = setTimeout(
      async () => {
        await refresh()
        schedule()
      },
      state.value === 'lost' ? timings.retryMs : timings.refreshMs,
    )
  }

  async function start(): Promise<void> {
    takeFragment()
    await refresh()
    schedule()
  }

  function stop(): void {
    stopped = true
    if (timer) clearTimeout(timer)
  }

  onBeforeUnmount(stop)

  return { data, state, fetchedAt, refresh, start, stop }
}
