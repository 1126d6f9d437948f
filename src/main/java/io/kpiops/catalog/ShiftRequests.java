package io.kpiops.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** Bodies of /api/shifts; times of day are "HH:MM" in the plant's time zone. */
final class ShiftRequests {

    private ShiftRequests() {}

    record BreakBody(@NotBlank @Size(max = 50) String name,
            @NotNull @JsonFormat(pattern = "HH:mm") LocalTime start,
            @NotNull @Min(1) @Max(240) Integer durationMinutes) {

        Shift.Break toBreak() {
            return new Shift.Break(name.trim(), ShiftTimes.minuteOf(start), durationMinutes);
        }

        static BreakBody of(Shift.Break b) {
            return new BreakBody(b.name(), ShiftTimes.timeOf(b.startMinute()), b.durationMinutes());
        }
    }

    record CreateShiftRequest(@NotNull Long clientId, @NotBlank @Size(max = 50) String name,
            @NotNull @JsonFormat(pattern = "HH:mm") LocalTime start,
            @NotNull @JsonFormat(pattern = "HH:mm") LocalTime end,
            @Valid @Size(max = 10) List<BreakBody> breaks, Boolean active) {}

    record UpdateShiftRequest(@NotBlank @Size(max = 50) String name,
            @NotNull @JsonFormat(pattern = "HH:mm") LocalTime start,
            @NotNull @JsonFormat(pattern = "HH:mm") LocalTime end,
            @Valid @Size(max = 10) List<BreakBody> breaks, @NotNull Boolean active, @NotNull Long version) {}

    record ShiftResponse(long id, long clientId, String name,
            @JsonFormat(pattern = "HH:mm") LocalTime start, @JsonFormat(pattern = "HH:mm") LocalTime end,
            boolean crossesMidnight, int durationMinutes, int breakMinutes, int scheduledMinutes,
            List<BreakBody> breaks, boolean active, long version, Instant createdAt, Instant updatedAt) {

        static ShiftResponse of(Shift s) {
            ShiftTimes t = s.times();
            return new ShiftResponse(s.getId(), s.getClientId(), s.name, ShiftTimes.timeOf(t.start()),
                    ShiftTimes.timeOf(t.end()), t.crossesMidnight(), t.durationMinutes(), t.breakMinutes(),
                    t.scheduledMinutes(), t.breaks().stream().map(BreakBody::of).toList(), s.isActive(), s.getVersion(),
                    s.getCreatedAt(), s.getUpdatedAt());
        }
    }

    record ShiftSnapshot(String name, String start, String end, List<BreakBody> breaks, boolean active) {
        static ShiftSnapshot of(Shift s) {
            return new ShiftSnapshot(s.name, ShiftTimes.timeOf(s.startMinute).toString(),
                    ShiftTimes.timeOf(s.endMinute).toString(), s.breaks.stream().map(BreakBody::of).toList(), s.isActive());
        }
    }
}
