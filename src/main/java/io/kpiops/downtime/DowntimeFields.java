package io.kpiops.downtime;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The editable fields of a downtime entry. As given, the event may be clock times, a start and a duration, or only a
 * duration; once placed by {@link DowntimeRules}, each record is one shift's part with its duration (and clock times
 * when known) and the line defaulted from the order.
 */
record DowntimeFields(LocalDate shiftDate, Long shiftId, Long lineId, Long workOrderId, Long reasonId,
        LocalTime startTime, LocalTime endTime, Integer durationMinutes, String machine, String equipmentCode,
        String notes, String correctiveAction) {

    DowntimeFields placed(long shiftId, LocalDate shiftDate, Long lineId, LocalTime start, LocalTime end, int minutes) {
        return new DowntimeFields(shiftDate, shiftId, lineId, workOrderId, reasonId, start, end, minutes, machine,
                equipmentCode, notes, correctiveAction);
    }
}
