package io.kpiops.workorders;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The editable fields of a work order, as the API and the import both deliver them (already trimmed). */
record WorkOrderFields(String number, Long productId, Priority priority, Integer plannedQuantity,
        Integer deliveredQuantity, LocalDate plannedStartDate, LocalDate plannedShipDate, LocalDate requiredDate,
        LocalDate actualStartDate, LocalDate actualDeliveryDate, BigDecimal idealCycleTimeHours,
        String customerPoNumber, String notes) {}
