package io.kpiops.workorders;

import io.kpiops.catalog.CatalogLookup.LineRef;
import io.kpiops.catalog.CatalogLookup.ProductRef;
import io.kpiops.platform.web.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The cross-field rules of work orders and jobs, shared by the single-record API and the import so that both accept
 * exactly the same data. Field-level ranges are the bean-validation annotations of the request records.
 */
final class WorkOrderRules {

    private WorkOrderRules() {}

    static String trimmed(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    /**
     * @param product the order's product as seen in the caller's scope, or null if it does not exist there
     * @param productChanged false when an update keeps the current product (then an inactive one is fine)
     * @param today the plant's current day: deliveries and starts cannot lie in the future
     */
    static List<FieldError> check(long clientId, WorkOrderFields f, ProductRef product, boolean productChanged,
            LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (product == null || product.clientId() != clientId) {
            errors.add(new FieldError("product_id", "no product " + f.productId() + " in this client"));
        } else if (!product.active() && productChanged) {
            errors.add(new FieldError("product_id", "product " + product.code() + " is inactive"));
        }
        if (f.idealCycleTimeHours() != null && f.idealCycleTimeHours().scale() > 6) {
            errors.add(new FieldError("ideal_cycle_time_hours", "has more than 6 decimals"));
        }
        before(errors, f.plannedStartDate(), f.plannedShipDate(), "planned_ship_date", "the planned start date");
        before(errors, f.actualStartDate(), f.actualDeliveryDate(), "actual_delivery_date", "the actual start date");
        notFuture(errors, f.actualStartDate(), today, "actual_start_date");
        notFuture(errors, f.actualDeliveryDate(), today, "actual_delivery_date");
        int delivered = f.deliveredQuantity() == null ? 0 : f.deliveredQuantity();
        if (delivered > 0 && f.actualDeliveryDate() == null) {
            errors.add(new FieldError("actual_delivery_date", "is required when a quantity was delivered"));
        }
        if (delivered == 0 && f.actualDeliveryDate() != null) {
            errors.add(new FieldError("delivered_quantity", "must be at least 1 when there is a delivery date"));
        }
        return errors;
    }

    /** Rules of a work order's jobs: unique sequences, lines of the order's client that are active. */
    static List<FieldError> checkJobs(String prefix, long clientId, List<JobFields> jobs, Function<Long, LineRef> lines) {
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> sequences = new HashSet<>();
        for (int i = 0; i < jobs.size(); i++) {
            JobFields j = jobs.get(i);
            String at = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
            if (!sequences.add(j.sequence())) {
                errors.add(new FieldError(at + "sequence", "sequence " + j.sequence() + " is used twice"));
            }
            errors.addAll(checkJob(at, clientId, j, lines));
        }
        return errors;
    }

    static List<FieldError> checkJob(String at, long clientId, JobFields j, Function<Long, LineRef> lines) {
        List<FieldError> errors = new ArrayList<>();
        if (j.lineId() != null) {
            LineRef line = lines.apply(j.lineId());
            if (line == null || line.clientId() != clientId) {
                errors.add(new FieldError(at + "line_id", "no line " + j.lineId() + " in this client"));
            } else if (!line.active()) {
                errors.add(new FieldError(at + "line_id", "line " + line.code() + " is inactive"));
            }
        }
        int done = j.completedQuantity() == null ? 0 : j.completedQuantity();
        int scrapped = j.scrappedQuantity() == null ? 0 : j.scrappedQuantity();
        if (Boolean.TRUE.equals(j.completed()) && done == 0 && scrapped == 0) {
            errors.add(new FieldError(at + "completed_quantity", "a completed job needs a completed quantity"));
        }
        return errors;
    }

    private static void before(List<FieldError> errors, LocalDate first, LocalDate second, String field, String what) {
        if (first != null && second != null && second.isBefore(first)) {
            errors.add(new FieldError(field, "cannot be before " + what + " (" + first + ")"));
        }
    }

    private static void notFuture(List<FieldError> errors, LocalDate date, LocalDate today, String field) {
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, "cannot be in the future (today is " + today + " at the plant)"));
        }
    }
}
