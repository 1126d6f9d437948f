/** Pure formatting for the TV screen (tested in tests/unit/tvScreen.spec.ts). */

/** Hours and minutes of an instant at the plant ("14:05"); the browser's zone when the zone is unknown. */
export function plantClock(at: Date, timeZone: string | null | undefined, locale: string, seconds = false): string {
  const options: Intl.DateTimeFormatOptions = {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: timeZone ?? undefined }).format(at)
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(at)
  }
}

/** A percentage for the big figures: one decimal ("84.3 %"), or a dash when there is no value. */
export function percent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—'
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} %`
}

export type PlanDelta = { kind: 'ahead' | 'behind' | 'onPlan'; count: number } | null

/** Units made against the target so far: ahead, behind or on plan; null without a target. */
export function planDelta(actual: number, target: number | null): PlanDelta {
  if (target === null) return null
  const d = actual - target
  if (d === 0) return { kind: 'onPlan', count: 0 }
  return d > 0 ? { kind: 'ahead', count: d } : { kind: 'behind', count: -d }
}

/** Share of the shift target made, 0–100 for the progress bar; null without a target. */
export function shiftProgress(actual: number, shiftTarget: number | null): number | null {
  if (shiftTarget === null || shiftTarget <= 0) return null
  return Math.min(100, Math.max(0, (actual / shiftTarget) * 100))
}
