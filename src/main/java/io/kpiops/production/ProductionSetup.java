package io.kpiops.production;

import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.production.ProductionRequests.ProductionRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Production entries the system records by itself (demo data), with the same rules and audit as the API. */
@Service
public class ProductionSetup {

    private final ProductionService service;

    ProductionSetup(ProductionService service) {
        this.service = service;
    }

    /**
     * One entry; null fields are left out (run time and crew may be, to be inferred). A job (of the work order) says
     * which operation of the order was run.
     */
    public record ProductionSpec(long clientId, LocalDate shiftDate, long shiftId, Long lineId, Long workOrderId,
            Long jobId, Long productId, int unitsProduced, BigDecimal runTimeHours, Integer employeesAssigned,
            Integer employeesPresent, int defectCount, int reworkCount, int scrapCount) {}

    /** Records every entry or none (422 naming entries[i].field on a broken rule). */
    @Transactional
    public int createAll(List<ProductionSpec> specs) {
        return service.createAll(specs.stream().map(s -> new ProductionRequest(s.clientId(), s.shiftDate(), s.shiftId(),
                s.lineId(), s.workOrderId(), s.jobId(), s.productId(), s.unitsProduced(), s.runTimeHours(),
                s.employeesAssigned(), s.employeesPresent(), s.defectCount(), s.reworkCount(), s.scrapCount(), null,
                true, null, null)).toList(), EntryMethod.SYSTEM_IMPORT).size();
    }
}
