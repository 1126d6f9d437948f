/** Period presets of the Reports page, as production days (YYYY-MM-DD) relative to the plant's today. */
import { addDays } from '@/utils/currentShift'

export type PeriodPreset = 'lastMonth' | 'thisMonth' | 'last7' | 'last30' | 'custom'
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['lastMonth', 'thisMonth', 'last7', 'last30', 'custom']

function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`
}

/** [from, to] of a preset; custom keeps the current range. */
export function presetRange(preset: PeriodPreset, today: string, current: [string, string]): [string, string] {
  switch (preset) {
    case 'lastMonth': {
      const end = addDays(monthStart(today), -1)
      return [monthStart(end), end]
    }
    case 'thisMonth':
      return [monthStart(today), today]
    case 'last7':
      return [addDays(today, -6), today]
    case 'last30':
      return [addDays(today, -29), today]
    case 'custom':
      return current
  }
}
