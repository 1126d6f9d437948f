package io.kpiops.quality;

import io.kpiops.platform.persistence.EntryMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Bodies of /api/quality. */
final class QualityRequests {

    private QualityRequests() {}

    @Schema(description = "An inspection. Give the work order, the product, or both (without product_id the order's "
            + "product is taken). Left out: units_passed_first_time = units_inspected − units_defective; total_defects = "
            + "the sum of the defect details, else units_defective; reworked, repaired and scrapped = 0.")
    record QualityRequest(
            @NotNull Long clientId,
            @NotNull @Schema(description = "Production day (plant-local) of the inspection") LocalDate shiftDate,
            @Schema(description = "The shift, when known") Long shiftId,
            Long workOrderId,
            Long jobId,
            Long productId,
            @NotBlank @Size(max = 20) @Schema(description = "One of the client's inspection stages (settings), e.g. FINAL")
            String inspectionStage,
            @NotNull @Min(1) @Max(1_000_000) Integer unitsInspected,
            @Min(0) @Max(1_000_000) @Schema(description = "Units that passed without rework or repair (FPY numerator)")
            Integer unitsPassedFirstTime,
            @NotNull @Min(0) @Max(1_000_000) @Schema(description = "Units with at least one defect (PPM numerator)")
            Integer unitsDefective,
            @Min(0) @Max(10_000_000) @Schema(description = "Defects found, several per unit possible (DPMO numerator)")
            Integer totalDefects,
            @Min(0) @Max(1_000_000) Integer unitsReworked,
            @Min(0) @Max(1_000_000) Integer unitsRepaired,
            @Min(0) @Max(1_000_000) Integer unitsScrapped,
            @Size(max = 100) String inspector,
            @Size(max = 1000) String notes,
            @Valid @Size(max = 100) @Schema(description = "Defects by type; when given, their counts add up to total_defects")
            List<DefectDetailBody> defects,
            @Schema(description = "MANUAL_ENTRY (default) or QR_SCAN") EntryMethod entryMethod,
            @Schema(description = "Required on update: the version the change is based on") Long version) {

        QualityFields fields() {
            return new QualityFields(shiftDate, shiftId, workOrderId, jobId, productId, inspectionStage, unitsInspected,
                    unitsPassedFirstTime, unitsDefective, totalDefects, unitsReworked, unitsRepaired, unitsScrapped,
                    inspector, notes, defects == null ? List.of() : defects.stream().map(DefectDetailBody::fields).toList());
        }
    }

    @Schema(description = "Defects of one type of the client's catalogue found in the inspection")
    record DefectDetailBody(
            @NotNull Long defectTypeId,
            @NotNull @Min(1) @Max(1_000_000) Integer count,
            @Size(max = 100) @Schema(description = "Where on the product") String location,
            @Pattern(regexp = "(?i)CRITICAL|MAJOR|MINOR", message = "must be CRITICAL, MAJOR or MINOR")
            @Schema(description = "Left out: the defect type's severity") String severity) {

        QualityFields.Defect fields() {
            return new QualityFields.Defect(defectTypeId, count, location, severity);
        }
    }

    @Schema(description = "Several entries saved together: all of them, or none with every row's errors")
    record QualityBatchRequest(@NotNull @Size(min = 1, max = 10_000) List<QualityRequest> entries) {}
}
