package io.kpiops.holds;

import io.kpiops.workorders.WorkOrderHolds;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Keeps work orders in step with their holds: a placed hold puts its order ON_HOLD (a hold recorded already over is
 * logged as a past hold), and the end of the last open hold of an order — resumed, cancelled or deleted — returns the
 * order to its previous status, no earlier than the latest resume among its holds (overlapping holds count once).
 * Called after the holds are flushed, inside the same transaction.
 */
@Component
class HoldOrders {

    private static final int MAX_REASON = 500;

    private final HoldRepository holds;
    private final WorkOrderHolds orders;

    HoldOrders(HoldRepository holds, WorkOrderHolds orders) {
        this.holds = holds;
        this.orders = orders;
    }

    /** New holds, applied to their orders oldest first so that the order's log stays in time order. */
    void placed(List<Hold> created, java.util.function.Function<Hold, String> reasonCode) {
        for (Hold h : created.stream().sorted(Comparator.comparing((Hold x) -> x.heldAt).thenComparing(Hold::getId)).toList()) {
            String placed = text("Hold " + h.getId() + " (" + reasonCode.apply(h) + ")", h.description);
            if (h.open()) {
                orders.hold(h.workOrderId, placed, h.heldAt);
            } else if (h.status == HoldStatus.RESUMED) {
                orders.recordPast(h.workOrderId, placed, h.heldAt, h.resumedAt, text("Hold " + h.getId() + " resumed",
                        h.resumeNote));
            }
        }
    }

    /**
     * A hold that was open has ended (its new state flushed). {@code at}: when it stopped holding the order — the resume
     * instant, or its own start for a hold that never took effect (cancelled, deleted).
     */
    void ended(Hold h, String reason, Instant at) {
        if (holds.countByWorkOrderIdAndStatus(h.workOrderId, HoldStatus.ON_HOLD) > 0) {
            orders.lock(h.workOrderId);
            return;
        }
        Instant release = holds.latestResume(h.workOrderId).filter(at::isBefore).orElse(at);
        orders.release(h.workOrderId, text(reason, null), release);
    }

    static String text(String head, String detail) {
        String full = detail == null ? head : head + ": " + detail;
        return full.length() <= MAX_REASON ? full : full.substring(0, MAX_REASON - 1) + "…";
    }
}
