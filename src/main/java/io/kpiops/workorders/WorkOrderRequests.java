package io.kpiops.workorders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Bodies of /api/work-orders. Dates are plant-local days (YYYY-MM-DD); cycle times are hours per unit. */
final class WorkOrderRequests {

    private WorkOrderRequests() {}

    static final String NUMBER_PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]*";

    record CreateWorkOrderRequest(
            @NotNull Long clientId,
            @NotBlank @Size(max = 50) @Pattern(regexp = NUMBER_PATTERN,
                    message = "may hold letters, digits and . _ / - only") String number,
            @NotNull Long productId,
            Priority priority,
            @NotNull @Min(1) @Max(10_000_000) Integer plannedQuantity,
            @Min(0) @Max(100_000_000) Integer deliveredQuantity,
            LocalDate plannedStartDate,
            LocalDate plannedShipDate,
            LocalDate requiredDate,
            LocalDate actualStartDate,
            LocalDate actualDeliveryDate,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal idealCycleTimeHours,
            @Size(max = 100) String customerPoNumber,
            @Size(max = 1000) String notes,
            @Valid @Size(max = 50) List<JobBody> jobs) {

        WorkOrderFields fields() {
            return new WorkOrderFields(number, productId, priority, plannedQuantity, deliveredQuantity, plannedStartDate,
                    plannedShipDate, requiredDate, actualStartDate, actualDeliveryDate, idealCycleTimeHours,
                    customerPoNumber, notes);
        }
    }

    record UpdateWorkOrderRequest(
            @NotNull Long productId,
            Priority priority,
            @NotNull @Min(1) @Max(10_000_000) Integer plannedQuantity,
            @Min(0) @Max(100_000_000) Integer deliveredQuantity,
            LocalDate plannedStartDate,
            LocalDate plannedShipDate,
            LocalDate requiredDate,
            LocalDate actualStartDate,
            LocalDate actualDeliveryDate,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal idealCycleTimeHours,
            @Size(max = 100) String customerPoNumber,
            @Size(max = 1000) String notes,
            @NotNull Long version) {

        WorkOrderFields fields(String number) {
            return new WorkOrderFields(number, productId, priority, plannedQuantity, deliveredQuantity, plannedStartDate,
                    plannedShipDate, requiredDate, actualStartDate, actualDeliveryDate, idealCycleTimeHours,
                    customerPoNumber, notes);
        }
    }

    /** A job given with its work order (or added later through /api/jobs). */
    record JobBody(
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
            @Size(max = 500) String notes) {

        JobFields fields() {
            return new JobFields(sequence, WorkOrderRules.trimmed(operationCode), operationName.trim(), lineId,
                    plannedQuantity, completedQuantity, scrappedQuantity, plannedHours, actualHours, completed,
                    WorkOrderRules.trimmed(notes));
        }
    }

    /**
     * A status change. Completing needs the delivery (date and quantity, here or already on the order); holding,
     * rejecting and cancelling need a reason.
     */
    record TransitionRequest(
            @NotNull WorkOrderStatus toStatus,
            @Size(max = 500) String reason,
            LocalDate actualDeliveryDate,
            @Min(1) @Max(100_000_000) Integer deliveredQuantity,
            @NotNull Long version) {}
}
