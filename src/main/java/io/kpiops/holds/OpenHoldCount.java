package io.kpiops.holds;

import io.kpiops.workorders.OpenHolds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the work-order lifecycle how many holds of an order are open (a planner may not resume it while any is). */
@Component
class OpenHoldCount implements OpenHolds {

    private final HoldRepository holds;

    OpenHoldCount(HoldRepository holds) {
        this.holds = holds;
    }

    @Override
    @Transactional(readOnly = true)
    public long openHolds(long workOrderId) {
        return holds.countByWorkOrderIdAndStatus(workOrderId, HoldStatus.ON_HOLD);
    }
}
