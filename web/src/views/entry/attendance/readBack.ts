import type { RosterFloater } from '@/api/types'
import type { ReadBackLine } from '@/components/entry/readBack'
import type { Words } from '@/components/entry/types'
import { isAbsent, isPending, type RosterLine, type RosterValues } from './roster'

/** A line's values in plain words: "Present, 7.25 h worked, 15 min late" / "Vacation, covered by EMP-018 …". */
export function rosterSentence(v: RosterValues, floaters: readonly RosterFloater[], w: Words): string {
  if (v.mark === null) return w.t('entry.attendance.unmarked')
  const parts = [w.t(`entry.attendance.mark.${v.mark}`)]
  if (v.actual_hours !== null) parts.push(w.t('entry.attendance.readBack.worked', { n: w.n(v.actual_hours) }))
  if (isAbsent(v) && v.absence_hours !== null) parts.push(w.t('entry.attendance.readBack.absence', { n: w.n(v.absence_hours) }))
  if (!isAbsent(v) && v.late_minutes) parts.push(w.t('entry.attendance.readBack.late', { n: w.n(v.late_minutes) }))
  if (isAbsent(v) && v.covered_by_employee_id !== null) {
    const f = floaters.find((x) => x.employee_id === v.covered_by_employee_id)
    parts.push(w.t('entry.attendance.readBack.covered', { name: f ? `${f.employee_code} ${f.employee_name}` : `#${v.covered_by_employee_id}` }))
  }
  if (v.notes) parts.push(`“${v.notes}”`)
  return parts.join(', ')
}

/** The read-back of a roster save: every pending line, numbered as in the grid; a correction shows what it was. */
export function rosterReadBack(lines: readonly RosterLine[], floaters: readonly RosterFloater[], w: Words): ReadBackLine[] {
  return lines.flatMap((l, i) =>
    isPending(l)
      ? [
          {
            key: l.key,
            n: i + 1,
            text: `${l.code} ${l.name}: ${rosterSentence(l.values, floaters, w)}`,
            correctionOf: l.id,
            changes: l.original ? w.t('entry.attendance.readBack.was', { text: rosterSentence(l.original, floaters, w) }) : null,
          },
        ]
      : [],
  )
}
