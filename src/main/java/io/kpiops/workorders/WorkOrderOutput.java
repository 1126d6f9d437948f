package io.kpiops.workorders;

import java.util.Collection;
import java.util.Map;

/**
 * Units produced and scrapped per work order, contributed by the module that records production. The work-order
 * module only reads it, so production depends on work orders and not the reverse. Without a contributor the
 * quantities are zero: nothing has been recorded.
 */
public interface WorkOrderOutput {

    /** Produced and scrapped units of these orders (absent ids: nothing recorded). */
    Map<Long, Quantities> quantities(Collection<Long> workOrderIds);

    record Quantities(long produced, long scrapped) {}
}
