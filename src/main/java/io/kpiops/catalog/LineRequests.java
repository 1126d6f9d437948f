package io.kpiops.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of /api/lines. */
final class LineRequests {

    private LineRequests() {}

    record CreateLineRequest(@NotNull Long clientId, @NotBlank @Size(max = 50) String code,
            @NotBlank @Size(max = 100) String name, Boolean active) {}

    record UpdateLineRequest(@NotBlank @Size(max = 100) String name, @NotNull Boolean active, @NotNull Long version) {}

    record LineResponse(long id, long clientId, String code, String name, boolean active, long version,
            Instant createdAt, Instant updatedAt) {
        static LineResponse of(ProductionLine l) {
            return new LineResponse(l.getId(), l.getClientId(), l.code, l.name, l.isActive(), l.getVersion(),
                    l.getCreatedAt(), l.getUpdatedAt());
        }
    }

    record LineSnapshot(String code, String name, boolean active) {
        static LineSnapshot of(ProductionLine l) {
            return new LineSnapshot(l.code, l.name, l.isActive());
        }
    }
}
