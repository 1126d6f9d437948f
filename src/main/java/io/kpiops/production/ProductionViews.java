package io.kpiops.production;

import io.kpiops.platform.events.ProductionDay;
import io.kpiops.platform.persistence.EntryMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What /api/production answers. */
final class ProductionViews {

    private ProductionViews() {}

    record ProductionResponse(long id, long clientId, LocalDate shiftDate, Long shiftId, Long lineId, Long workOrderId,
            String workOrderNumber, Long jobId, Long productId, int unitsProduced, BigDecimal runTimeHours,
            Integer employeesAssigned, Integer employeesPresent, int defectCount, int reworkCount, int scrapCount,
            String notes, EntryMethod entryMethod, String enteredByName, String confirmedByName, Instant confirmedAt,
            long version, Instant createdAt, Instant updatedAt) implements ProductionDay {

        static ProductionResponse of(ProductionEntry e, String workOrderNumber) {
            return new ProductionResponse(e.getId(), e.getClientId(), e.shiftDate, e.shiftId, e.lineId, e.workOrderId,
                    workOrderNumber, e.jobId, e.productId, e.unitsProduced, e.runTimeHours, e.employeesAssigned,
                    e.employeesPresent, e.defectCount, e.reworkCount, e.scrapCount, e.notes, e.getEntryMethod(),
                    e.getEnteredByName(), e.confirmedByName, e.confirmedAt, e.getVersion(), e.getCreatedAt(),
                    e.getUpdatedAt());
        }
    }

    record BatchResponse(int count, List<ProductionResponse> items) {}
}
