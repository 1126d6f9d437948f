import { useI18n } from 'vue-i18n'
import { splitMinutes, type ShiftSummary } from '@/utils/shiftTimes'

/** "8 h 00 min", and "8 h 00 min, crosses midnight, 7 h 15 min scheduled" in the current language. */
export function useShiftText() {
  const { t } = useI18n()

  function hoursMinutes(minutes: number): string {
    const { hours, minutes: mm } = splitMinutes(minutes)
    return t('shifts.hoursMinutes', { h: hours, m: mm })
  }

  function summaryText(s: ShiftSummary): string {
    const parts = [hoursMinutes(s.durationMinutes)]
    if (s.crossesMidnight) parts.push(t('shifts.crossesMidnight'))
    parts.push(t('shifts.scheduledText', { time: hoursMinutes(s.scheduledMinutes) }))
    return parts.join(', ')
  }

  return { hoursMinutes, summaryText }
}
