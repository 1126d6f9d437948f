package io.kpiops.workorders;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** Bodies of /api/jobs (a job is created through its work order: POST /api/work-orders/{id}/jobs). */
final class JobRequests {

    private JobRequests() {}

    record UpdateJobRequest(
            @NotNull @Min(1) @Max(999) Integer sequence,
            @Size(max = 50) String operationCode,
            @NotBlank @Size(max = 255) String operationName,
            Long lineId,
            @Min(0) @Max(10_000_000) Integer plannedQuantity,
            @Min(0) @Max(10_000_000) Integer completedQuantity,
            @Min(0) @Max(10_000_000) Integer scrappedQuantity,
            @DecimalMin("0") @DecimalMax("100000") BigDecimal plannedHours,
            @DecimalMin("0") @DecimalMax("100000") BigDecimal actualHours,
            Boolean completed,
            @Size(max = 500) String notes,
            @NotNull Boolean active,
            @NotNull Long version) {

        JobFields fields() {
            return new JobFields(sequence, WorkOrderRules.trimmed(operationCode), operationName.trim(), lineId,
                    plannedQuantity, completedQuantity, scrappedQuantity, plannedHours, actualHours, completed,
                    WorkOrderRules.trimmed(notes));
        }
    }

    record JobResponse(long id, long clientId, long workOrderId, int sequence, String operationCode,
            String operationName, Long lineId, Integer plannedQuantity, int completedQuantity, int scrappedQuantity,
            BigDecimal plannedHours, BigDecimal actualHours, boolean completed, String notes, boolean active,
            long version, Instant createdAt, Instant updatedAt) {

        static JobResponse of(Job j) {
            return new JobResponse(j.getId(), j.getClientId(), j.workOrderId, j.sequence, j.operationCode,
                    j.operationName, j.lineId, j.plannedQuantity, j.completedQuantity, j.scrappedQuantity,
                    j.plannedHours, j.actualHours, j.completed, j.notes, j.isActive(), j.getVersion(), j.getCreatedAt(),
                    j.getUpdatedAt());
        }
    }

    /** What the audit log keeps of a job. */
    record JobSnapshot(long workOrderId, JobFields fields, boolean active) {
        static JobSnapshot of(Job j) {
            return new JobSnapshot(j.workOrderId, new JobFields(j.sequence, j.operationCode, j.operationName, j.lineId,
                    j.plannedQuantity, j.completedQuantity, j.scrappedQuantity, j.plannedHours, j.actualHours,
                    j.completed, j.notes), j.isActive());
        }
    }
}
