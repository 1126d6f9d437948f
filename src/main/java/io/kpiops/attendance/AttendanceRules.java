package io.kpiops.attendance;

import io.kpiops.catalog.CatalogLookup.EmployeeRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.clients.EntryWindow;
import io.kpiops.platform.web.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of one attendance record beyond single-field ranges, shared by the API, the roster batch and the import:
 * an employee and a shift of the client, hours defaulted from the shift, an absence type exactly when absent,
 * absence hours within the scheduled hours, lateness only when present and shorter than the shift, a cover only for an
 * absence and only by another floating-pool employee of the client, and the entry window. Conflicts between records
 * (one record per employee, shift and day; one absence per floater, shift and day) are {@link AttendanceConflicts}'.
 * Pure: everything it checks against is passed in.
 */
final class AttendanceRules {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private AttendanceRules() {}

    /** What a row is checked against: one client's employees and shifts, the caller's entry window. */
    record Context(long clientId, Map<Long, EmployeeRef> employees, Map<Long, ShiftRef> shifts, EntryWindow.Bounds window) {}

    /** The fields with their defaults filled in, and every problem found (field names prefixed). */
    record Resolved(AttendanceFields fields, List<FieldError> errors) {}

    static Resolved resolve(String prefix, AttendanceFields f, Context ctx, AttendanceFields before) {
        List<FieldError> errors = new ArrayList<>();
        EmployeeRef employee = reference(prefix + "employee_id", f.employeeId(), ctx, before == null ? null
                : before.employeeId(), errors);
        ShiftRef shift = f.shiftId() == null ? null : ctx.shifts().get(f.shiftId());
        if (f.shiftId() != null && (shift == null || shift.clientId() != ctx.clientId())) {
            errors.add(new FieldError(prefix + "shift_id", "no shift " + f.shiftId() + " for this client"));
            shift = null;
        } else if (shift != null && !shift.active() && (before == null || !Objects.equals(before.shiftId(), f.shiftId()))) {
            errors.add(new FieldError(prefix + "shift_id", "shift " + shift.name() + " is inactive"));
        }
        BigDecimal scheduled = f.scheduledHours() != null ? f.scheduledHours() : shift == null ? null
                : BigDecimal.valueOf(shift.scheduledMinutes()).divide(SIXTY, 2, RoundingMode.HALF_EVEN);
        BigDecimal actual = f.actualHours();
        if (f.absent()) {
            if (f.absenceType() == null) {
                errors.add(new FieldError(prefix + "absence_type", "is required when is_absent is true"));
            }
            if (f.lateMinutes() != null) {
                errors.add(new FieldError(prefix + "late_minutes", "is only for an employee who is present"));
            }
            actual = actual == null ? BigDecimal.ZERO.setScale(2) : actual;
            if (scheduled != null && actual.compareTo(scheduled) >= 0) {
                errors.add(new FieldError(prefix + "actual_hours", "must be less than scheduled_hours (" + plain(scheduled)
                        + ") for an absent employee"));
            }
            cover(prefix, f, employee, ctx, before, errors);
        } else {
            if (f.absenceType() != null) {
                errors.add(new FieldError(prefix + "absence_type", "is only for an absence (is_absent true)"));
            }
            if (f.coveredByEmployeeId() != null) {
                errors.add(new FieldError(prefix + "covered_by_employee_id", "only an absence is covered (is_absent true)"));
            }
            actual = actual == null ? scheduled : actual;
            if (shift != null && f.lateMinutes() != null && f.lateMinutes() >= shift.durationMinutes()) {
                errors.add(new FieldError(prefix + "late_minutes", "must be less than the length of shift " + shift.name()
                        + " (" + shift.durationMinutes() + " minutes)"));
            }
        }
        if (scheduled != null && f.absenceHours() != null) {
            if (f.absenceHours().compareTo(scheduled) > 0) {
                errors.add(new FieldError(prefix + "absence_hours", "must not exceed scheduled_hours (" + plain(scheduled) + ")"));
            } else if (actual != null && actual.add(f.absenceHours()).compareTo(scheduled) > 0) {
                errors.add(new FieldError(prefix + "absence_hours", "actual_hours + absence_hours ("
                        + plain(actual.add(f.absenceHours())) + ") must not exceed scheduled_hours (" + plain(scheduled) + ")"));
            }
        }
        if (before == null || !Objects.equals(before.shiftDate(), f.shiftDate())) {
            ctx.window().check(prefix + "shift_date", f.shiftDate()).ifPresent(errors::add);
        }
        if (before != null) {
            ctx.window().check(prefix + "shift_date", before.shiftDate())
                    .map(e -> new FieldError(e.field(), "this record is outside your entry window: " + e.message()))
                    .filter(e -> errors.stream().noneMatch(x -> x.field().equals(e.field())))
                    .ifPresent(errors::add);
        }
        AttendanceFields resolved = new AttendanceFields(f.employeeId(), f.shiftDate(), f.shiftId(), scheduled, actual,
                f.absent(), f.absenceType(), f.absenceHours(), f.lateMinutes(), f.coveredByEmployeeId(), trimmed(f.notes()));
        return new Resolved(resolved, errors);
    }

    /** A cover: another active floating-pool employee of the client. */
    private static void cover(String prefix, AttendanceFields f, EmployeeRef employee, Context ctx, AttendanceFields before,
            List<FieldError> errors) {
        if (f.coveredByEmployeeId() == null) {
            return;
        }
        String field = prefix + "covered_by_employee_id";
        EmployeeRef floater = reference(field, f.coveredByEmployeeId(), ctx,
                before == null ? null : before.coveredByEmployeeId(), errors);
        if (floater == null) {
            return;
        }
        if (f.coveredByEmployeeId().equals(f.employeeId())) {
            errors.add(new FieldError(field, "an employee cannot cover their own absence"));
        } else if (!floater.floatingPool()) {
            errors.add(new FieldError(field, "employee " + label(floater) + " is not in the floating pool"));
        }
    }

    /** An employee of the client; an inactive one only when the record already names them. */
    private static EmployeeRef reference(String field, Long id, Context ctx, Long current, List<FieldError> errors) {
        if (id == null) {
            return null;
        }
        EmployeeRef e = ctx.employees().get(id);
        if (e == null || e.clientId() != ctx.clientId()) {
            errors.add(new FieldError(field, "no employee " + id + " for this client"));
            return null;
        }
        if (!e.active() && !id.equals(current)) {
            errors.add(new FieldError(field, "employee " + label(e) + " is inactive"));
        }
        return e;
    }

    static String label(EmployeeRef e) {
        return e.code() + " " + e.name();
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
