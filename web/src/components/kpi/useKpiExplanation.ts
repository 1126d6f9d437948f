import { ref, shallowRef } from 'vue'
import type { KpiSettings, KpiValue } from '@/api/types'

/** What the explanation shows: one KPI value, the settings that were in force, and in words what it covers. */
export interface KpiExplanationTarget {
  value: KpiValue
  settings: KpiSettings | null
  /** The scope in words ("Row 2 · 2026-01-05 · Day · Line 1"). */
  scope: string
  /** The other KPIs of the same scope: OEE is shown as the product of its factors. */
  related?: Readonly<Record<string, KpiValue>>
}

/**
 * The state of one page's KPI explanation drawer: which value it shows and where focus goes back when it closes
 * (the cell or tile it was opened from, or what the caller says, e.g. a grid cell redrawn meanwhile).
 */
export function useKpiExplanation() {
  const open = ref(false)
  const target = shallowRef<KpiExplanationTarget | null>(null)
  let giveBack: (() => void) | null = null

  function show(next: KpiExplanationTarget, returnFocus?: () => void): void {
    const from = typeof document !== 'undefined' ? (document.activeElement as HTMLElement | null) : null
    giveBack = returnFocus ?? (() => (from?.isConnected ? from.focus() : undefined))
    target.value = next
    open.value = true
  }

  function close(): void {
    open.value = false
  }

  /** Called once the drawer has left the screen. */
  function closed(): void {
    const back = giveBack
    giveBack = null
    back?.()
  }

  return { open, target, show, close, closed }
}

export type KpiExplanationState = ReturnType<typeof useKpiExplanation>
