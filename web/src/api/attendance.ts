/** Calls of the "Attendance" tag, on the same client, CSRF and refresh handling as every other call. */
import { http, run } from './client'
import type { AttendanceBatchResult, AttendanceRequest, Roster } from './types'

export const attendanceApi = {
  /** The shift's employees on a day with their records (id and version when recorded) and the floaters who may cover. */
  roster: async (clientId: number, shiftDate: string, shiftId: number) =>
    (await run(() =>
      http.GET('/api/attendance/roster', { params: { query: { client_id: clientId, shift_date: shiftDate, shift_id: shiftId } } }),
    )) as Roster,

  /** A roster save: rows without id create, rows with id and version change; all or none (errors name entries[i].field). */
  saveAll: async (entries: AttendanceRequest[], idempotencyKey: string) =>
    (await run(() =>
      http.POST('/api/attendance/batch', { body: { entries }, headers: { 'Idempotency-Key': idempotencyKey } }),
    )) as AttendanceBatchResult,
}
