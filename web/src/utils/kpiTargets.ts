/**
 * The global default levels of each KPI (KPI.md §3; the server's KpiKey). The API sends the levels in force
 * but not the default behind a client's own levels, so the page shows these beside them.
 */
export interface Levels {
  target: number
  warning: number
  critical: number
}
export const KPI_DEFAULTS: Readonly<Record<string, Levels>> = {
  availability: { target: 90, warning: 80, critical: 70 },
  performance: { target: 95, warning: 85, critical: 70 },
  quality_rate: { target: 99, warning: 97, critical: 95 },
  oee: { target: 85, warning: 75, critical: 60 },
  efficiency: { target: 85, warning: 75, critical: 60 },
  ppm: { target: 500, warning: 1000, critical: 2000 },
  dpmo: { target: 500, warning: 1000, critical: 2000 },
  fpy: { target: 99, warning: 95, critical: 90 },
  rty: { target: 95, warning: 90, critical: 85 },
  otd: { target: 95, warning: 90, critical: 80 },
  true_otd: { target: 95, warning: 90, critical: 80 },
  wip_aging: { target: 7, warning: 14, critical: 21 },
  absenteeism: { target: 5, warning: 8, critical: 12 },
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
