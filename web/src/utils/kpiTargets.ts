export interface Levels {
  target: number
  warning: number
  critical: number
}

/** The global default levels the API reports beside the levels in force. */
export function defaultLevels(t: { default_target: number; default_warning: number; default_critical: number }): Levels {
  return { target: t.default_target, warning: t.default_warning, critical: t.default_critical }
}

/** "90 / 80 / 70" in the user's number format. */
export function levelsText(l: Levels, format: (n: number) => string): string {
  return `${format(l.target)} / ${format(l.warning)} / ${format(l.critical)}`
}

/** A decimal as typed ("97,5" or "97.5"); NaN when it is not a number. */
export function parseDecimal(raw: string): number {
  const text = raw.trim().replace(',', '.')
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN
}
