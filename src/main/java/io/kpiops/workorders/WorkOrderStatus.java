package io.kpiops.workorders;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a work order. COMPLETED, REJECTED and CANCELLED are final. */
public enum WorkOrderStatus {
    ACTIVE, ON_HOLD, COMPLETED, REJECTED, CANCELLED;

    /** The statuses this one may move to. */
    public Set<WorkOrderStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(ON_HOLD, COMPLETED, REJECTED, CANCELLED);
            case ON_HOLD -> EnumSet.of(ACTIVE, REJECTED, CANCELLED);
            case COMPLETED, REJECTED, CANCELLED -> EnumSet.noneOf(WorkOrderStatus.class);
        };
    }

    public boolean isOpen() {
        return this == ACTIVE || this == ON_HOLD;
    }

    /** Putting on hold, rejecting and cancelling must say why. */
    boolean needsReason() {
        return this == ON_HOLD || this == REJECTED || this == CANCELLED;
    }
}
