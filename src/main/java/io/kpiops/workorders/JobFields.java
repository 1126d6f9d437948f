package io.kpiops.workorders;

import java.math.BigDecimal;

/** The editable fields of a job, as the API and the import both deliver them (already trimmed). */
record JobFields(Integer sequence, String operationCode, String operationName, Long lineId, Integer plannedQuantity,
        Integer completedQuantity, Integer scrappedQuantity, BigDecimal plannedHours, BigDecimal actualHours,
        Boolean completed, String notes) {}
