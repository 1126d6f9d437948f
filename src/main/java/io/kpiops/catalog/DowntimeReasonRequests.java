package io.kpiops.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of /api/downtime-reasons. */
final class DowntimeReasonRequests {

    private DowntimeReasonRequests() {}

    record CreateDowntimeReasonRequest(@NotNull Long clientId, @NotBlank @Size(max = 50) String code,
            @NotBlank @Size(max = 100) String name, @NotNull DowntimeCategory category, @NotNull Boolean planned,
            Boolean setup, Boolean active) {}

    record UpdateDowntimeReasonRequest(@NotBlank @Size(max = 100) String name, @NotNull DowntimeCategory category,
            @NotNull Boolean planned, @NotNull Boolean setup, @NotNull Boolean active, @NotNull Long version) {}

    record DowntimeReasonResponse(long id, long clientId, String code, String name, DowntimeCategory category,
            boolean planned, boolean setup, boolean active, long version, Instant createdAt, Instant updatedAt) {
        static DowntimeReasonResponse of(DowntimeReason r) {
            return new DowntimeReasonResponse(r.getId(), r.getClientId(), r.code, r.name, r.category, r.planned, r.setup,
                    r.isActive(), r.getVersion(), r.getCreatedAt(), r.getUpdatedAt());
        }
    }

    record DowntimeReasonSnapshot(String code, String name, DowntimeCategory category, boolean planned, boolean setup,
            boolean active) {
        static DowntimeReasonSnapshot of(DowntimeReason r) {
            return new DowntimeReasonSnapshot(r.code, r.name, r.category, r.planned, r.setup, r.isActive());
        }
    }
}
