package io.kpiops.workorders;

import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.workorders.WorkOrderRequests.TransitionRequest;
import io.kpiops.workorders.WorkOrderViews.WorkOrderSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state machine of work orders: checks a requested transition against {@link WorkOrderStatus#next()}, the
 * reason and delivery it needs, applies it and logs it. A resume from ON_HOLD returns to the status before the hold;
 * while hold records of the order are still open (see {@link OpenHolds}) it is refused, since the order comes back
 * when its last hold ends.
 */
@Service
class WorkOrderLifecycle {

    private final WorkOrderService orders;
    private final WorkOrderSupport support;
    private final List<OpenHolds> openHolds;

    WorkOrderLifecycle(WorkOrderService orders, WorkOrderSupport support, List<OpenHolds> openHolds) {
        this.orders = orders;
        this.support = support;
        this.openHolds = openHolds;
    }

    @Transactional
    WorkOrder transition(long id, TransitionRequest r) {
        WorkOrder o = orders.get(id);
        o.requireVersion(r.version(), "Work order " + o.number);
        WorkOrderStatus from = o.status;
        WorkOrderStatus to = r.toStatus();
        if (!from.next().contains(to)) {
            throw illegal(from, to);
        }
        String reason = WorkOrderRules.trimmed(r.reason());
        List<FieldError> errors = new ArrayList<>();
        if (to.needsReason() && reason == null) {
            errors.add(new FieldError("reason", "is required to move an order to " + to));
        }
        WorkOrderSnapshot before = WorkOrderSnapshot.of(o);
        if (to == WorkOrderStatus.COMPLETED) {
            errors.addAll(deliver(o, r));
        }
        if (from == WorkOrderStatus.ON_HOLD && to == WorkOrderStatus.ACTIVE) {
            long open = openHolds.stream().mapToLong(h -> h.openHolds(o.getId())).sum();
            if (open > 0) {
                errors.add(new FieldError("to_status", "the order has " + open + " open hold(s); resume or cancel them "
                        + "and it returns to " + o.previousStatus + " when the last one ends"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        apply(o, to, reason, support.now(), before);
        return o;
    }

    /**
     * Moves an order for a hold record (see {@link WorkOrderHolds}): the same state machine, log and audit as
     * {@link #transition}, without a version (the hold acts on the order as it is now) and logged at {@code at}.
     */
    @Transactional
    void moveForHold(WorkOrder o, WorkOrderStatus to, String reason, java.time.Instant at) {
        if (!o.status.next().contains(to)) {
            throw illegal(o.status, to);
        }
        apply(o, to, reason, at, WorkOrderSnapshot.of(o));
    }

    private void apply(WorkOrder o, WorkOrderStatus to, String reason, java.time.Instant at, WorkOrderSnapshot before) {
        WorkOrderStatus from = o.status;
        WorkOrderStatus target = from == WorkOrderStatus.ON_HOLD && to == WorkOrderStatus.ACTIVE
                && o.previousStatus != null ? o.previousStatus : to;
        o.moveTo(target, support.now());
        orders.log(o, from, reason, at);
        support.audit(WorkOrderSupport.ORDER, o.getId(), o.clientId, AuditAction.UPDATE, before, WorkOrderSnapshot.of(o));
    }

    /** Completing needs a delivery date (not in the future, not before the start) and a delivered quantity. */
    private List<FieldError> deliver(WorkOrder o, TransitionRequest r) {
        LocalDate date = r.actualDeliveryDate() != null ? r.actualDeliveryDate() : o.actualDeliveryDate;
        Integer quantity = r.deliveredQuantity() != null ? r.deliveredQuantity()
                : o.deliveredQuantity > 0 ? o.deliveredQuantity : null;
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new FieldError("actual_delivery_date", "is required to complete an order"));
        }
        if (quantity == null) {
            errors.add(new FieldError("delivered_quantity", "is required to complete an order"));
        }
        if (errors.isEmpty()) {
            WorkOrderFields f = o.fields();
            WorkOrderFields delivered = new WorkOrderFields(f.number(), f.productId(), f.priority(), f.plannedQuantity(),
                    quantity, f.plannedStartDate(), f.plannedShipDate(), f.requiredDate(), f.actualStartDate(), date,
                    f.idealCycleTimeHours(), f.customerPoNumber(), f.notes());
            errors.addAll(WorkOrderRules.check(o.clientId, delivered, support.catalog().product(o.productId).orElse(null),
                    false, support.today(o.clientId)).stream().filter(e -> !e.field().equals("product_id")).toList());
            o.deliver(date, quantity);
        }
        return errors;
    }

    private static ApiException illegal(WorkOrderStatus from, WorkOrderStatus to) {
        String allowed = from.next().isEmpty() ? "none (" + from + " is final)"
                : from.next().stream().map(Enum::name).collect(Collectors.joining(", "));
        String message = "cannot go from " + from + " to " + to + "; allowed: " + allowed;
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "illegal_transition", "Illegal transition: " + message,
                List.of(new FieldError("to_status", message)), Map.of("allowed", from.next()));
    }
}
