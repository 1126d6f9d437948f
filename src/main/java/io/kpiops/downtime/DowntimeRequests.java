package io.kpiops.downtime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.kpiops.platform.persistence.EntryMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Bodies of /api/downtime. */
final class DowntimeRequests {

    private DowntimeRequests() {}

    @Schema(description = "A downtime event of a line, a work order, or both (without line_id the order's usual line is "
            + "taken). Give start_time and end_time (plant-local HH:MM inside the shift; an end before the start is on "
            + "the next day), start_time and duration_minutes, or only duration_minutes. On create, an event running "
            + "past the end of its shift is split into one record per shift.")
    record DowntimeRequest(
            @NotNull Long clientId,
            @NotNull @Schema(description = "Production day (plant-local) the shift started on") LocalDate shiftDate,
            @NotNull Long shiftId,
            Long lineId,
            Long workOrderId,
            @NotNull @Schema(description = "A downtime reason of the client's catalogue") Long reasonId,
            @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "05:30") LocalTime startTime,
            @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "06:45") LocalTime endTime,
            @Min(1) @Max(1440) Integer durationMinutes,
            @Size(max = 100) String machine,
            @Size(max = 50) String equipmentCode,
            @Size(max = 1000) String notes,
            @Size(max = 1000) String correctiveAction,
            @Schema(description = "MANUAL_ENTRY (default) or QR_SCAN") EntryMethod entryMethod,
            @Schema(description = "Required on update: the version the change is based on") Long version) {

        DowntimeFields fields() {
            return new DowntimeFields(shiftDate, shiftId, lineId, workOrderId, reasonId, startTime, endTime,
                    durationMinutes, machine, equipmentCode, notes, correctiveAction);
        }
    }

    @Schema(description = "Several events saved together: all of them, or none with every row's errors")
    record DowntimeBatchRequest(@NotNull @Size(min = 1, max = 10_000) List<DowntimeRequest> entries) {}
}
