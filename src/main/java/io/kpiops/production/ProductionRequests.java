package io.kpiops.production;

import io.kpiops.platform.persistence.EntryMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Bodies of /api/production. */
final class ProductionRequests {

    private ProductionRequests() {}

    @Schema(description = "A production entry. Give the line, the work order, or both; without product_id the order's "
            + "product is taken, without line_id the job's (else the order's first job's) line.")
    record ProductionRequest(
            @NotNull Long clientId,
            @NotNull @Schema(description = "Production day (plant-local) the shift started on") LocalDate shiftDate,
            @NotNull Long shiftId,
            Long lineId,
            Long workOrderId,
            Long jobId,
            Long productId,
            @NotNull @Min(0) @Max(1_000_000) Integer unitsProduced,
            @Schema(description = "Hours the line actually ran; leave empty to have it inferred (KPI.md §5)")
            @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal runTimeHours,
            @Min(1) @Max(1000) Integer employeesAssigned,
            @Min(0) @Max(1000) Integer employeesPresent,
            @Min(0) @Max(1_000_000) Integer defectCount,
            @Min(0) @Max(1_000_000) Integer reworkCount,
            @Min(0) @Max(1_000_000) Integer scrapCount,
            @Size(max = 1000) String notes,
            @Schema(description = "true when the entry was read back to the operator and confirmed") Boolean confirmed,
            @Schema(description = "MANUAL_ENTRY (default) or QR_SCAN") EntryMethod entryMethod,
            @Schema(description = "Required on update: the version the change is based on") Long version) {

        ProductionFields fields() {
            return new ProductionFields(shiftDate, shiftId, lineId, workOrderId, jobId, productId, unitsProduced,
                    runTimeHours, employeesAssigned, employeesPresent, defectCount, reworkCount, scrapCount, notes);
        }
    }

    @Schema(description = "Several entries saved together: all of them, or none with every row's errors")
    record BatchRequest(@NotNull @Size(min = 1, max = 10_000) List<ProductionRequest> entries) {}
}
