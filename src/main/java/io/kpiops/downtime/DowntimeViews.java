package io.kpiops.downtime;

import io.kpiops.platform.events.ProductionDay;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.kpiops.catalog.CatalogLookup.DowntimeReasonRef;
import io.kpiops.platform.persistence.EntryMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What /api/downtime answers (also the audit log's snapshot of an entry). */
final class DowntimeViews {

    private DowntimeViews() {}

    @Schema(description = "A downtime record, with its reason's code, category and class (planned, setup). Parts of an "
            + "event split at shift boundaries share split_group and are numbered by split_part (1, 2, …).")
    record DowntimeResponse(long id, long clientId, LocalDate shiftDate, long shiftId, Long lineId, Long workOrderId,
            String workOrderNumber, long reasonId, String reasonCode, String reasonCategory, Boolean planned,
            Boolean setup, @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "05:30") LocalTime startTime,
            @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "06:00") LocalTime endTime,
            int durationMinutes, String machine, String equipmentCode, String notes, String correctiveAction,
            String splitGroup, Integer splitPart, EntryMethod entryMethod, String enteredByName, long version,
            Instant createdAt, Instant updatedAt) implements ProductionDay {

        static DowntimeResponse of(long id, long clientId, DowntimeFields f, String splitGroup, Integer splitPart,
                EntryMethod method, String enteredByName, long version, Instant createdAt, Instant updatedAt,
                String workOrderNumber, DowntimeReasonRef reason) {
            return new DowntimeResponse(id, clientId, f.shiftDate(), f.shiftId(), f.lineId(), f.workOrderId(),
                    workOrderNumber, f.reasonId(), reason == null ? null : reason.code(),
                    reason == null ? null : reason.category(), reason == null ? null : reason.planned(),
                    reason == null ? null : reason.setup(), f.startTime(), f.endTime(), f.durationMinutes(), f.machine(),
                    f.equipmentCode(), f.notes(), f.correctiveAction(), splitGroup, splitPart, method, enteredByName,
                    version, createdAt, updatedAt);
        }
    }

    @Schema(description = "What a create recorded: one record, or one per shift when the event was split (split: true); "
            + "id is the first record's")
    record DowntimeCreatedResponse(long id, boolean split, String splitGroup, List<DowntimeResponse> items) {

        static DowntimeCreatedResponse of(List<DowntimeResponse> items) {
            return new DowntimeCreatedResponse(items.getFirst().id(), items.size() > 1, items.getFirst().splitGroup(), items);
        }
    }

    @Schema(description = "The records a batch created (count may exceed the entries sent when events were split)")
    record DowntimeBatchResponse(int count, List<DowntimeResponse> items) {}
}
