package io.kpiops.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of /api/hold-reasons. */
final class HoldReasonRequests {

    private HoldReasonRequests() {}

    record CreateHoldReasonRequest(@NotNull Long clientId, @NotBlank @Size(max = 50) String code,
            @NotBlank @Size(max = 100) String name, Boolean active) {}

    record UpdateHoldReasonRequest(@NotBlank @Size(max = 100) String name, @NotNull Boolean active, @NotNull Long version) {}

    record HoldReasonResponse(long id, long clientId, String code, String name, boolean active, long version,
            Instant createdAt, Instant updatedAt) {
        static HoldReasonResponse of(HoldReason l) {
            return new HoldReasonResponse(l.getId(), l.getClientId(), l.code, l.name, l.isActive(), l.getVersion(),
                    l.getCreatedAt(), l.getUpdatedAt());
        }
    }

    record HoldReasonSnapshot(String code, String name, boolean active) {
        static HoldReasonSnapshot of(HoldReason l) {
            return new HoldReasonSnapshot(l.code, l.name, l.isActive());
        }
    }
}
