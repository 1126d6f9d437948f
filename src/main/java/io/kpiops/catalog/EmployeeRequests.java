package io.kpiops.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of /api/employees. */
final class EmployeeRequests {

    private EmployeeRequests() {}

    record CreateEmployeeRequest(@NotNull Long clientId, @NotBlank @Size(max = 50) String code,
            @NotBlank @Size(max = 100) String name, Long lineId, Boolean floatingPool, Boolean active) {}

    record UpdateEmployeeRequest(@NotBlank @Size(max = 100) String name, Long lineId, @NotNull Boolean floatingPool,
            @NotNull Boolean active, @NotNull Long version) {}

    record EmployeeResponse(long id, long clientId, String code, String name, Long lineId, boolean floatingPool,
            boolean active, long version, Instant createdAt, Instant updatedAt) {
        static EmployeeResponse of(Employee e) {
            return new EmployeeResponse(e.getId(), e.getClientId(), e.code, e.name, e.lineId, e.floatingPool,
                    e.isActive(), e.getVersion(), e.getCreatedAt(), e.getUpdatedAt());
        }
    }

    record EmployeeSnapshot(String code, String name, Long lineId, boolean floatingPool, boolean active) {
        static EmployeeSnapshot of(Employee e) {
            return new EmployeeSnapshot(e.code, e.name, e.lineId, e.floatingPool, e.isActive());
        }
    }
}
