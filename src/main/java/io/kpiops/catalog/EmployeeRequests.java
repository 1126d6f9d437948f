package io.kpiops.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of /api/employees. */
final class EmployeeRequests {

    private EmployeeRequests() {}

    record CreateEmployeeRequest(@NotNull Long clientId, @NotBlank @Size(max = 50) String code,
            @NotBlank @Size(max = 100) String name, Long lineId,
            @Schema(description = "The usual shift (the attendance roster lists the employee there); a shift of the same client")
            Long shiftId, Boolean floatingPool, Boolean active) {}

    record UpdateEmployeeRequest(@NotBlank @Size(max = 100) String name, Long lineId,
            @Schema(description = "The usual shift; empty: none") Long shiftId, @NotNull Boolean floatingPool,
            @NotNull Boolean active, @NotNull Long version) {}

    record EmployeeResponse(long id, long clientId, String code, String name, Long lineId, Long shiftId,
            boolean floatingPool, boolean active, long version, Instant createdAt, Instant updatedAt) {
        static EmployeeResponse of(Employee e) {
            return new EmployeeResponse(e.getId(), e.getClientId(), e.code, e.name, e.lineId, e.shiftId, e.floatingPool,
                    e.isActive(), e.getVersion(), e.getCreatedAt(), e.getUpdatedAt());
        }
    }

    record EmployeeSnapshot(String code, String name, Long lineId, Long shiftId, boolean floatingPool, boolean active) {
        static EmployeeSnapshot of(Employee e) {
            return new EmployeeSnapshot(e.code, e.name, e.lineId, e.shiftId, e.floatingPool, e.isActive());
        }
    }
}
