package io.kpiops.production;

import io.kpiops.catalog.CatalogLookup.ClientCatalog;
import io.kpiops.catalog.CatalogLookup.ProductRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.clients.EntryWindow;
import io.kpiops.platform.web.FieldError;
import io.kpiops.workorders.WorkOrderLookup.JobRef;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import io.kpiops.workorders.WorkOrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of a production entry beyond single-field ranges, shared by the API, the batch endpoint and the import:
 * references of the same client, a line or a work order, product and line defaulted from the order and its job,
 * {@code rework + scrap ≤ defects ≤ units}, run time within the shift, present ≤ assigned, and the entry window.
 * Pure: everything it checks against is passed in.
 */
final class ProductionRules {

    private ProductionRules() {}

    /** What a row is checked against: one client's catalog, the orders it names, the caller's entry window. */
    record Context(long clientId, ClientCatalog catalog, Map<Long, OrderRef> orders, EntryWindow.Bounds window) {}

    /** The fields with product and line filled in, and every problem found (field names prefixed). */
    record Resolved(ProductionFields fields, List<FieldError> errors) {}

    static Resolved resolve(String prefix, ProductionFields f, Context ctx, ProductionFields before) {
        List<FieldError> errors = new ArrayList<>();
        Long productId = f.productId();
        Long lineId = f.lineId();
        OrderRef order = null;
        if (f.workOrderId() != null) {
            order = ctx.orders().get(f.workOrderId());
            if (order == null || order.clientId() != ctx.clientId()) {
                errors.add(new FieldError(prefix + "work_order_id", "no work order " + f.workOrderId() + " for this client"));
                order = null;
            } else if (!Objects.equals(before == null ? null : before.workOrderId(), order.id())
                    && (order.status() == WorkOrderStatus.CANCELLED || order.status() == WorkOrderStatus.REJECTED)) {
                errors.add(new FieldError(prefix + "work_order_id", "work order " + order.number() + " is "
                        + order.status().name().toLowerCase(java.util.Locale.ROOT) + " and takes no production"));
            }
        }
        if (f.jobId() != null) {
            JobRef job = order == null ? null : order.job(f.jobId()).orElse(null);
            if (f.workOrderId() == null) {
                errors.add(new FieldError(prefix + "job_id", "a job needs its work_order_id"));
            } else if (order != null && job == null) {
                errors.add(new FieldError(prefix + "job_id", "job " + f.jobId() + " is not a job of work order " + order.number()));
            } else if (job != null && lineId == null) {
                lineId = job.lineId();
            }
        }
        if (order != null) {
            if (productId == null) {
                productId = order.productId();
            } else if (productId != order.productId()) {
                errors.add(new FieldError(prefix + "product_id", "work order " + order.number() + " is for another product"));
            }
            if (lineId == null) {
                lineId = order.usualLineId();
            }
        }
        if (f.lineId() == null && f.workOrderId() == null) {
            errors.add(new FieldError(prefix + "line_id", "give the line or the work order (or both)"));
        }
        if (f.lineId() != null && !ctx.catalog().lines().containsKey(f.lineId())) {
            errors.add(new FieldError(prefix + "line_id", "no line " + f.lineId() + " for this client"));
        } else if (f.lineId() != null && changed(before, f, ProductionFields::lineId)
                && !ctx.catalog().lines().get(f.lineId()).active()) {
            errors.add(new FieldError(prefix + "line_id", "line " + ctx.catalog().lines().get(f.lineId()).code() + " is inactive"));
        }
        ProductRef product = productId == null ? null : ctx.catalog().products().get(productId);
        if (productId == null && f.workOrderId() == null) {
            errors.add(new FieldError(prefix + "product_id", "must not be null without a work order"));
        } else if (productId != null && product == null) {
            errors.add(new FieldError(prefix + "product_id", "no product " + productId + " for this client"));
        }
        ShiftRef shift = f.shiftId() == null ? null : ctx.catalog().shifts().get(f.shiftId());
        if (f.shiftId() != null && shift == null) {
            errors.add(new FieldError(prefix + "shift_id", "no shift " + f.shiftId() + " for this client"));
        } else if (shift != null && !shift.active() && changed(before, f, ProductionFields::shiftId)) {
            errors.add(new FieldError(prefix + "shift_id", "shift " + shift.name() + " is inactive"));
        }
        if (shift != null && f.runTimeHours() != null) {
            BigDecimal length = BigDecimal.valueOf(shift.durationMinutes()).divide(BigDecimal.valueOf(60), 2,
                    java.math.RoundingMode.HALF_EVEN);
            if (f.runTimeHours().compareTo(length) > 0) {
                errors.add(new FieldError(prefix + "run_time_hours", "must not exceed the length of shift " + shift.name()
                        + " (" + length.stripTrailingZeros().toPlainString() + " h)"));
            }
        }
        countRules(prefix, f, errors);
        if (before == null || !Objects.equals(before.shiftDate(), f.shiftDate())) {
            ctx.window().check(prefix + "shift_date", f.shiftDate()).ifPresent(errors::add);
        }
        if (before != null) {
            ctx.window().check(prefix + "shift_date", before.shiftDate())
                    .map(e -> new FieldError(e.field(), "this entry is outside your entry window: " + e.message()))
                    .filter(e -> errors.stream().noneMatch(x -> x.field().equals(e.field())))
                    .ifPresent(errors::add);
        }
        ProductionFields resolved = new ProductionFields(f.shiftDate(), f.shiftId(), lineId, f.workOrderId(), f.jobId(),
                productId, f.unitsProduced(), f.runTimeHours(), f.employeesAssigned(), f.employeesPresent(),
                f.defectCount(), f.reworkCount(), f.scrapCount(), trimmed(f.notes()));
        return new Resolved(resolved, errors);
    }

    /** KPI.md §2: rework + scrap ≤ defects ≤ units; employees present ≤ assigned. */
    static void countRules(String prefix, ProductionFields f, List<FieldError> errors) {
        if (f.unitsProduced() != null && f.defects() > f.unitsProduced()) {
            errors.add(new FieldError(prefix + "defect_count", "must not exceed units_produced (" + f.unitsProduced() + ")"));
        }
        if (f.rework() + f.scrap() > f.defects()) {
            errors.add(new FieldError(prefix + "scrap_count", "rework_count + scrap_count (" + (f.rework() + f.scrap())
                    + ") must not exceed defect_count (" + f.defects() + "): reworked and scrapped units are defective units"));
        }
        if (f.employeesAssigned() != null && f.employeesPresent() != null && f.employeesPresent() > f.employeesAssigned()) {
            errors.add(new FieldError(prefix + "employees_present", "must not exceed employees_assigned (" + f.employeesAssigned() + ")"));
        }
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean changed(ProductionFields before, ProductionFields now,
            java.util.function.Function<ProductionFields, Object> field) {
        return before == null || !Objects.equals(field.apply(before), field.apply(now));
    }
}
