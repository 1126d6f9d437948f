package io.kpiops.production;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The editable fields of a production entry, as given (ids may still be unresolved: product from the order, line from the job). */
record ProductionFields(LocalDate shiftDate, Long shiftId, Long lineId, Long workOrderId, Long jobId, Long productId,
        Integer unitsProduced, BigDecimal runTimeHours, Integer employeesAssigned, Integer employeesPresent,
        Integer defectCount, Integer reworkCount, Integer scrapCount, String notes) {

    int defects() {
        return defectCount == null ? 0 : defectCount;
    }

    int rework() {
        return reworkCount == null ? 0 : reworkCount;
    }

    int scrap() {
        return scrapCount == null ? 0 : scrapCount;
    }
}
