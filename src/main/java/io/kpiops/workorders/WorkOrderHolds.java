package io.kpiops.workorders;

import io.kpiops.platform.web.ApiException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the holds module does to work orders, for every role that may record holds (operators included; the planners'
 * {@code /transitions} stay theirs): the first open hold puts the order ON_HOLD, the end of the last one returns it
 * to the status it had before. Moves go through {@link WorkOrderLifecycle}, so they are logged with their reason and
 * audited, and the progress read model counts the time on hold.
 *
 * <p>A hold may be recorded late (back-dated), so each move is logged at the instant it took effect — but never
 * before the order's latest log row: the log stays in order, and a hold that started before the order's last change
 * counts from that change on. The caller passes only instants that are not in the future.
 */
@Service
public class WorkOrderHolds {

    private final WorkOrderService orders;
    private final WorkOrderLifecycle lifecycle;
    private final WorkOrderTransitionRepository transitions;
    private final EntityManager entityManager;

    WorkOrderHolds(WorkOrderService orders, WorkOrderLifecycle lifecycle, WorkOrderTransitionRepository transitions,
            EntityManager entityManager) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.transitions = transitions;
        this.entityManager = entityManager;
    }

    /**
     * Puts the order on hold as of {@code at}, unless it already is (e.g. by a planner's transition, or another open
     * hold). 422 on {@code work_order_id} for an order in a final status.
     *
     * @return whether the order moved
     */
    @Transactional
    public boolean hold(long orderId, String reason, Instant at) {
        WorkOrder o = orders.get(orderId);
        requireOpen(o);
        if (o.status == WorkOrderStatus.ON_HOLD) {
            lock(o);
            return false;
        }
        lifecycle.moveForHold(o, WorkOrderStatus.ON_HOLD, reason, notBeforeLog(o, at));
        return true;
    }

    /**
     * Returns an order that is on hold to the status before the hold, as of {@code at}; an order that is not on hold
     * (a planner resumed, cancelled or rejected it meanwhile) stays as it is.
     *
     * @return whether the order moved
     */
    @Transactional
    public boolean release(long orderId, String reason, Instant at) {
        WorkOrder o = orders.get(orderId);
        if (o.status != WorkOrderStatus.ON_HOLD) {
            lock(o);
            return false;
        }
        lifecycle.moveForHold(o, WorkOrderStatus.ACTIVE, reason, notBeforeLog(o, at));
        return true;
    }

    /**
     * Logs a hold that is already over (recorded after the fact: an import, a past hold entered with its resume) as
     * two moves, on hold at {@code from} and back at {@code to}, when the order is open and not on hold now; nothing
     * is logged when the hold ended before the order's latest log row. 422 for an order in a final status.
     *
     * @return whether anything was logged
     */
    @Transactional
    public boolean recordPast(long orderId, String reason, Instant from, Instant to, String releaseReason) {
        WorkOrder o = orders.get(orderId);
        requireOpen(o);
        if (o.status == WorkOrderStatus.ON_HOLD) {
            lock(o);
            return false;
        }
        Instant start = notBeforeLog(o, from);
        if (!to.isAfter(start)) {
            return false;
        }
        lifecycle.moveForHold(o, WorkOrderStatus.ON_HOLD, reason, start);
        lifecycle.moveForHold(o, WorkOrderStatus.ACTIVE, releaseReason, to);
        return true;
    }

    /**
     * Marks the order changed (its version goes up) without moving it, for a hold change that leaves it as it is:
     * two transactions changing holds of one order at once then conflict (409) instead of, say, one placing a hold
     * while the other releases the order for what it saw as its last hold.
     */
    @Transactional
    public void lock(long orderId) {
        lock(orders.get(orderId));
    }

    private void lock(WorkOrder o) {
        entityManager.lock(o, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static void requireOpen(WorkOrder o) {
        if (!o.status.isOpen()) {
            throw ApiException.invalid("work_order_id", "work order " + o.number + " is "
                    + o.status.name().toLowerCase(Locale.ROOT) + " and cannot be put on hold");
        }
    }

    private Instant notBeforeLog(WorkOrder o, Instant at) {
        return transitions.findFirstByWorkOrderIdOrderByAtDescIdDesc(o.getId()).map(t -> t.at)
                .filter(at::isBefore).orElse(at);
    }
}
