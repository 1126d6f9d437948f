import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, defineComponent, h } from 'vue'
import { ApiError } from '@/utils/problem'

const figures = vi.fn()
const session = vi.fn()
vi.mock('@/api/tv', () => ({ tvApi: { figures: (...a: unknown[]) => figures(...a), session: (...a: unknown[]) => session(...a) } }))

const { useTvScreen } = await import('@/views/tv/useTvScreen')

/** Mounts the composable in a throw-away component so its unmount hook has an owner. */
function mount(displayId: number) {
  let screen!: ReturnType<typeof useTvScreen>
  const app = createApp(defineComponent({ setup: () => ((screen = useTvScreen(displayId, { refreshMs: 60_000, retryMs: 15_000 })), () => h('div')) }))
  app.mount(document.createElement('div'))
  return { screen, app }
}

describe('TV refresh cycle', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    figures.mockReset()
    session.mockReset()
    window.history.replaceState(null, '', '/tv/7#token=kpd_secret')
  })
  afterEach(() => vi.useRealTimers())

  it('exchanges the fragment once, drops it from the address and refreshes every minute', async () => {
    session.mockResolvedValue({})
    figures.mockResolvedValue({ line_name: 'Line 1' })
    const { screen, app } = mount(7)
    await screen.start()
    expect(session).toHaveBeenCalledWith(7, 'kpd_secret')
    expect(window.location.hash).toBe('')
    expect(screen.state.value).toBe('ready')
    await vi.advanceTimersByTimeAsync(59_000)
    expect(figures).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(figures).toHaveBeenCalledTimes(2)
    expect(session).toHaveBeenCalledTimes(1)
    app.unmount()
  })

  it('keeps the last figures when the server is unreachable, retries sooner and recovers', async () => {
    session.mockResolvedValue({})
    figures.mockResolvedValueOnce({ line_name: 'Line 1' }).mockRejectedValueOnce(new ApiError(0, {}))
    const { screen, app } = mount(7)
    await screen.start()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(screen.state.value).toBe('lost')
    expect(screen.data.value).toEqual({ line_name: 'Line 1' })
    figures.mockResolvedValue({ line_name: 'Line 1 again' })
    await vi.advanceTimersByTimeAsync(15_000)
    expect(screen.state.value).toBe('ready')
    expect(screen.data.value).toEqual({ line_name: 'Line 1 again' })
    app.unmount()
  })

  it('shows not authorised after a refusal and drops the figures', async () => {
    session.mockResolvedValue({})
    figures.mockResolvedValueOnce({ line_name: 'Line 1' }).mockRejectedValue(new ApiError(401, { code: 'display_revoked' }))
    const { screen, app } = mount(7)
    await screen.start()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(screen.state.value).toBe('unauthorised')
    expect(screen.data.value).toBeNull()
    app.unmount()
  })

  it('stops refreshing when the page goes away', async () => {
    figures.mockResolvedValue({})
    session.mockResolvedValue({})
    const { screen, app } = mount(7)
    await screen.start()
    app.unmount()
    await vi.advanceTimersByTimeAsync(180_000)
    expect(figures).toHaveBeenCalledTimes(1)
  })
})
