package io.kpiops.production;

import io.kpiops.workorders.WorkOrderOutput;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Units produced and scrapped per work order, summed over its production entries (deleted ones excluded). */
@Component
class ProductionOutput implements WorkOrderOutput {

    private final ProductionRepository entries;

    ProductionOutput(ProductionRepository entries) {
        this.entries = entries;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Quantities> quantities(Collection<Long> workOrderIds) {
        Map<Long, Quantities> out = new HashMap<>();
        if (workOrderIds.isEmpty()) {
            return out;
        }
        for (Object[] row : entries.outputOf(workOrderIds)) {
            out.put((Long) row[0], new Quantities(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return out;
    }
}
