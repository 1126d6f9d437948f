package io.kpiops.quality;

import io.kpiops.catalog.CatalogLookup.ClientCatalog;
import io.kpiops.catalog.CatalogLookup.DefectTypeRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.clients.EntryWindow;
import io.kpiops.platform.web.FieldError;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import io.kpiops.workorders.WorkOrderStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of a quality entry beyond single-field ranges, shared by the API, the batch endpoint, the import and the
 * demo set-up: references of the same client (order, job, product, shift, defect types), the product defaulted from
 * the order, a stage of the client's list, the count rules that keep PPM, DPMO and FPY meaningful, and the entry
 * window. Pure: everything it checks against is passed in.
 */
final class QualityRules {

    private QualityRules() {}

    /** What a row is checked against: one client's catalogue and stages, the orders it names, the caller's window. */
    record Context(long clientId, ClientCatalog catalog, Map<Long, OrderRef> orders, EntryWindow.Bounds window,
            List<String> stages) {}

    /** The fields with product, counts, stage and severities resolved, and every problem (field names prefixed). */
    record Resolved(QualityFields fields, List<FieldError> errors) {}

    static Resolved resolve(String prefix, QualityFields f, Context ctx, QualityFields before) {
        List<FieldError> errors = new ArrayList<>();
        Long productId = order(prefix, f, ctx, before, errors);
        if (productId != null && !ctx.catalog().products().containsKey(productId)) {
            errors.add(new FieldError(prefix + "product_id", "no product " + productId + " for this client"));
        }
        ShiftRef shift = f.shiftId() == null ? null : ctx.catalog().shifts().get(f.shiftId());
        if (f.shiftId() != null && shift == null) {
            errors.add(new FieldError(prefix + "shift_id", "no shift " + f.shiftId() + " for this client"));
        } else if (shift != null && !shift.active() && (before == null || !f.shiftId().equals(before.shiftId()))) {
            errors.add(new FieldError(prefix + "shift_id", "shift " + shift.name() + " is inactive"));
        }
        String stage = stage(f.inspectionStage());
        if (stage != null && !ctx.stages().contains(stage) && (before == null || !stage.equals(before.inspectionStage()))) {
            errors.add(new FieldError(prefix + "inspection_stage", "'" + f.inspectionStage().trim()
                    + "' is not one of the client's inspection stages: " + String.join(", ", ctx.stages())));
        }
        List<QualityFields.Defect> defects = defects(prefix, f, ctx, before, errors);
        QualityFields resolved = counted(new QualityFields(f.shiftDate(), f.shiftId(), f.workOrderId(), f.jobId(),
                productId, stage, f.unitsInspected(), f.unitsPassedFirstTime(), f.unitsDefective(), f.totalDefects(),
                f.unitsReworked(), f.unitsRepaired(), f.unitsScrapped(), trimmed(f.inspector()), trimmed(f.notes()),
                defects));
        countRules(prefix, resolved, !f.defects().isEmpty(), errors);
        if (before == null || !Objects.equals(before.shiftDate(), f.shiftDate())) {
            ctx.window().check(prefix + "shift_date", f.shiftDate()).ifPresent(errors::add);
        }
        if (before != null) {
            ctx.window().check(prefix + "shift_date", before.shiftDate())
                    .map(e -> new FieldError(e.field(), "this entry is outside your entry window: " + e.message()))
                    .filter(e -> errors.stream().noneMatch(x -> x.field().equals(e.field())))
                    .ifPresent(errors::add);
        }
        return new Resolved(resolved, errors);
    }

    /** Checks the order and job; the product: as given, else the order's (null when neither is known). */
    private static Long order(String prefix, QualityFields f, Context ctx, QualityFields before, List<FieldError> errors) {
        OrderRef order = null;
        if (f.workOrderId() != null) {
            order = ctx.orders().get(f.workOrderId());
            if (order == null || order.clientId() != ctx.clientId()) {
                errors.add(new FieldError(prefix + "work_order_id", "no work order " + f.workOrderId() + " for this client"));
                order = null;
            } else if (!Objects.equals(before == null ? null : before.workOrderId(), order.id())
                    && (order.status() == WorkOrderStatus.CANCELLED || order.status() == WorkOrderStatus.REJECTED)) {
                errors.add(new FieldError(prefix + "work_order_id", "work order " + order.number() + " is "
                        + order.status().name().toLowerCase(Locale.ROOT) + " and takes no inspections"));
            }
        }
        if (f.jobId() != null) {
            if (f.workOrderId() == null) {
                errors.add(new FieldError(prefix + "job_id", "a job needs its work_order_id"));
            } else if (order != null && order.job(f.jobId()).isEmpty()) {
                errors.add(new FieldError(prefix + "job_id", "job " + f.jobId() + " is not a job of work order " + order.number()));
            }
        }
        if (f.workOrderId() == null && f.productId() == null) {
            errors.add(new FieldError(prefix + "work_order_id", "give the work order or the product (or both)"));
        }
        if (order == null) {
            return f.productId();
        }
        if (f.productId() != null && f.productId() != order.productId()) {
            errors.add(new FieldError(prefix + "product_id", "work order " + order.number() + " is for another product"));
        }
        return order.productId();
    }

    /** Each line's type must be the client's (and active unless the entry already had it); severity defaults to the type's. */
    private static List<QualityFields.Defect> defects(String prefix, QualityFields f, Context ctx, QualityFields before,
            List<FieldError> errors) {
        Set<Long> had = new HashSet<>();
        if (before != null) {
            before.defects().forEach(d -> had.add(d.defectTypeId()));
        }
        List<QualityFields.Defect> out = new ArrayList<>(f.defects().size());
        for (int j = 0; j < f.defects().size(); j++) {
            QualityFields.Defect d = f.defects().get(j);
            String field = prefix + "defects[" + j + "].defect_type_id";
            DefectTypeRef type = d.defectTypeId() == null ? null : ctx.catalog().defectTypes().get(d.defectTypeId());
            if (d.defectTypeId() != null && type == null) {
                errors.add(new FieldError(field, "no defect type " + d.defectTypeId() + " for this client"));
            } else if (type != null && !type.active() && !had.contains(type.id())) {
                errors.add(new FieldError(field, "defect type " + type.code() + " is inactive"));
            }
            String severity = d.severity() == null || d.severity().isBlank()
                    ? (type == null ? null : type.severity()) : d.severity().trim().toUpperCase(Locale.ROOT);
            out.add(new QualityFields.Defect(d.defectTypeId(), d.count(), trimmed(d.location()), severity));
        }
        return out;
    }

    /**
     * The counts with their defaults: passed first time = inspected − defective, total defects = the details' sum (else
     * the defective units), reworked / repaired / scrapped = 0. A default that cannot be computed stays null.
     */
    static QualityFields counted(QualityFields f) {
        Integer passed = f.unitsPassedFirstTime();
        if (passed == null && f.unitsInspected() != null && f.unitsDefective() != null
                && f.unitsDefective() <= f.unitsInspected()) {
            passed = f.unitsInspected() - f.unitsDefective();
        }
        Integer total = f.totalDefects();
        if (total == null) {
            total = f.defects().isEmpty() ? f.unitsDefective() : Integer.valueOf(f.defectSum());
        }
        return new QualityFields(f.shiftDate(), f.shiftId(), f.workOrderId(), f.jobId(), f.productId(), f.inspectionStage(),
                f.unitsInspected(), passed, f.unitsDefective(), total, zero(f.unitsReworked()), zero(f.unitsRepaired()),
                zero(f.unitsScrapped()), f.inspector(), f.notes(), f.defects());
    }

    /**
     * KPI.md §3: every inspected unit passed first time, was found defective, or is still undecided, so
     * passed + defective ≤ inspected (FPY and PPM share the denominator); reworked, repaired and scrapped units are
     * defective units; a defective unit has at least one defect, and no defects means no defective unit (DPMO ≥ PPM);
     * the defect details add up to the total.
     */
    static void countRules(String prefix, QualityFields f, boolean detailsGiven, List<FieldError> errors) {
        Integer inspected = f.unitsInspected();
        Integer defective = f.unitsDefective();
        if (inspected == null || defective == null) {
            return;
        }
        if (defective > inspected) {
            errors.add(new FieldError(prefix + "units_defective", "must not exceed units_inspected (" + inspected + ")"));
        } else if (f.unitsPassedFirstTime() != null && f.unitsPassedFirstTime() + defective > inspected) {
            errors.add(new FieldError(prefix + "units_passed_first_time", "must not exceed units_inspected − units_defective ("
                    + (inspected - defective) + "): a unit found defective did not pass first time"));
        }
        int recovered = f.unitsReworked() + f.unitsRepaired() + f.unitsScrapped();
        if (recovered > defective) {
            errors.add(new FieldError(prefix + "units_scrapped", "units_reworked + units_repaired + units_scrapped ("
                    + recovered + ") must not exceed units_defective (" + defective + "): only defective units are "
                    + "reworked, repaired or scrapped"));
        }
        int total = f.totalDefects();
        if (detailsGiven && total != f.defectSum()) {
            errors.add(new FieldError(prefix + "total_defects", "must equal the sum of the defect details' counts ("
                    + f.defectSum() + ")"));
        } else if (total < defective) {
            errors.add(new FieldError(prefix + "total_defects", "must be at least units_defective (" + defective
                    + "): each defective unit has at least one defect"));
        } else if (total > 0 && defective == 0) {
            errors.add(new FieldError(prefix + "units_defective", "must be at least 1 when " + total
                    + " defect(s) were found: a defect makes its unit defective"));
        }
    }

    /** A stage as stored: trimmed, upper-case, spaces and dashes as underscores ("In-Process" is IN_PROCESS). */
    static String stage(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }
}
