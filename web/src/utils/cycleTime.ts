/** Ideal cycle times are stored as hours per unit (0.0025 h = 9 s); people think in seconds. */

export const MAX_CYCLE_HOURS = 24
export const MAX_CYCLE_DECIMALS = 6

export type CycleTimeError = 'number' | 'positive' | 'max' | 'decimals'

/**
 * Parses the hours-per-unit input: empty → null (no ideal cycle time); otherwise a decimal
 * number > 0, ≤ 24, with at most 6 decimals (a comma is accepted as the decimal separator).
 */
export function parseCycleHours(raw: string | number | null | undefined): { value: number | null; error: CycleTimeError | null } {
  const text = String(raw ?? '').trim().replace(',', '.')
  if (text === '') return { value: null, error: null }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return { value: null, error: 'number' }
  const value = Number(text)
  if (!(value > 0)) return { value: null, error: 'positive' }
  if (value > MAX_CYCLE_HOURS) return { value: null, error: 'max' }
  const decimals = (text.split('.')[1] ?? '').replace(/0+$/, '').length
  if (decimals > MAX_CYCLE_DECIMALS) return { value: null, error: 'decimals' }
  return { value, error: null }
}

/** Seconds per unit of an hours-per-unit cycle time, free of floating-point noise (0.0025 → 9). */
export function cycleSeconds(hours: number): number {
  return Math.round(hours * 3600 * 1000) / 1000
}

/** "9", "12.6", "0.004" in the locale's digits (at most 3 decimals). */
export function formatNumber(value: number, locale = 'en', maxDecimals = 3): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value)
}
