package io.kpiops.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable fields of a quality entry. As given, ids and counts may be missing (product from the order, counts by
 * their defaults); once resolved by {@link QualityRules} every count is set and the stage and severities normalised.
 */
record QualityFields(LocalDate shiftDate, Long shiftId, Long workOrderId, Long jobId, Long productId,
        String inspectionStage, Integer unitsInspected, Integer unitsPassedFirstTime, Integer unitsDefective,
        Integer totalDefects, Integer unitsReworked, Integer unitsRepaired, Integer unitsScrapped, String inspector,
        String notes, List<Defect> defects) {

    QualityFields {
        defects = defects == null ? List.of() : List.copyOf(defects);
    }

    /** One line of the defect breakdown: how many defects of one type, where on the product, how severe. */
    record Defect(Long defectTypeId, Integer count, String location, String severity) {}

    int defectSum() {
        return defects.stream().mapToInt(d -> d.count() == null ? 0 : d.count()).sum();
    }
}
