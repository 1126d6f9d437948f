package io.kpiops.downtime;

import io.kpiops.catalog.CatalogLookup.ClientCatalog;
import io.kpiops.catalog.CatalogLookup.DowntimeReasonRef;
import io.kpiops.catalog.CatalogLookup.LineRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.clients.EntryWindow;
import io.kpiops.platform.web.FieldError;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import io.kpiops.workorders.WorkOrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The rules of a downtime entry beyond single-field ranges, shared by the API, the batch endpoint, the import and the
 * demo set-up: references of the same client (shift, reason, line, order), a line or a work order, the line
 * defaulted from the order, the event placed on the shifts ({@link DowntimeTimes}), and the entry window. Pure:
 * everything it checks against is passed in.
 */
final class DowntimeRules {

    private DowntimeRules() {}

    /** What a row is checked against: one client's catalogue, the orders it names, the caller's entry window. */
    record Context(long clientId, ClientCatalog catalog, Map<Long, OrderRef> orders, EntryWindow.Bounds window) {}

    /** The records to write (one per shift the event ran in), or every problem (field names prefixed). */
    record Resolved(List<DowntimeFields> parts, List<FieldError> errors) {}

    /**
     * @param before the entry as it is, for an update (null on create)
     * @param split  whether an event running past the end of its shift is split (create) or refused (update)
     */
    static Resolved resolve(String prefix, DowntimeFields f, Context ctx, DowntimeFields before, boolean split) {
        List<FieldError> errors = new ArrayList<>();
        Long lineId = references(prefix, f, ctx, before, errors);
        ShiftRef shift = f.shiftId() == null ? null : ctx.catalog().shifts().get(f.shiftId());
        if (f.shiftId() != null && shift == null) {
            errors.add(new FieldError(prefix + "shift_id", "no shift " + f.shiftId() + " for this client"));
        } else if (shift != null && !shift.active() && changed(before, f, DowntimeFields::shiftId)) {
            errors.add(new FieldError(prefix + "shift_id", "shift " + shift.name() + " is inactive"));
        }
        List<DowntimeTimes.Part> parts = shift == null || f.shiftDate() == null ? List.of() : place(prefix, f, shift, ctx,
                split, errors);
        if (changed(before, f, DowntimeFields::shiftDate)) {
            ctx.window().check(prefix + "shift_date", f.shiftDate()).ifPresent(errors::add);
        }
        if (before != null) {
            ctx.window().check(prefix + "shift_date", before.shiftDate())
                    .map(e -> new FieldError(e.field(), "this entry is outside your entry window: " + e.message()))
                    .filter(e -> errors.stream().noneMatch(x -> x.field().equals(e.field())))
                    .ifPresent(errors::add);
        }
        for (DowntimeTimes.Part p : parts) {
            if (!p.shiftDate().equals(f.shiftDate())) {
                ctx.window().check(prefix + "end_time", p.shiftDate()).map(e -> new FieldError(e.field(), "the part after "
                        + DowntimeTimes.clock(p.startMinute()) + " falls on production day " + p.shiftDate() + ", which "
                        + e.message())).ifPresent(errors::add);
            }
        }
        if (!errors.isEmpty() || shift == null || f.shiftDate() == null || f.reasonId() == null) {
            return new Resolved(List.of(), errors); // a missing required value is reported by the request validation
        }
        DowntimeFields clean = new DowntimeFields(f.shiftDate(), f.shiftId(), lineId, f.workOrderId(), f.reasonId(),
                f.startTime(), f.endTime(), f.durationMinutes(), trimmed(f.machine()), trimmed(f.equipmentCode()),
                trimmed(f.notes()), trimmed(f.correctiveAction()));
        if (parts.isEmpty()) { // a duration only
            return new Resolved(List.of(clean.placed(f.shiftId(), f.shiftDate(), lineId, null, null, f.durationMinutes())),
                    errors);
        }
        return new Resolved(parts.stream().map(p -> clean.placed(p.shiftId(), p.shiftDate(), lineId,
                DowntimeTimes.timeOf(p.startMinute()), DowntimeTimes.timeOf(p.endMinute()), p.durationMinutes())).toList(),
                errors);
    }

    /** Checks reason, order and line; the line: as given, else the order's usual one. */
    private static Long references(String prefix, DowntimeFields f, Context ctx, DowntimeFields before,
            List<FieldError> errors) {
        DowntimeReasonRef reason = f.reasonId() == null ? null : ctx.catalog().downtimeReasons().get(f.reasonId());
        if (f.reasonId() != null && reason == null) {
            errors.add(new FieldError(prefix + "reason_id", "no downtime reason " + f.reasonId() + " for this client"));
        } else if (reason != null && !reason.active() && changed(before, f, DowntimeFields::reasonId)) {
            errors.add(new FieldError(prefix + "reason_id", "downtime reason " + reason.code() + " is inactive"));
        }
        OrderRef order = null;
        if (f.workOrderId() != null) {
            order = ctx.orders().get(f.workOrderId());
            if (order == null || order.clientId() != ctx.clientId()) {
                errors.add(new FieldError(prefix + "work_order_id", "no work order " + f.workOrderId() + " for this client"));
                order = null;
            } else if (changed(before, f, DowntimeFields::workOrderId)
                    && (order.status() == WorkOrderStatus.CANCELLED || order.status() == WorkOrderStatus.REJECTED)) {
                errors.add(new FieldError(prefix + "work_order_id", "work order " + order.number() + " is "
                        + order.status().name().toLowerCase(Locale.ROOT) + " and takes no downtime"));
            }
        }
        LineRef line = f.lineId() == null ? null : ctx.catalog().lines().get(f.lineId());
        if (f.lineId() == null && f.workOrderId() == null) {
            errors.add(new FieldError(prefix + "line_id", "give the line or the work order (or both)"));
        } else if (f.lineId() != null && line == null) {
            errors.add(new FieldError(prefix + "line_id", "no line " + f.lineId() + " for this client"));
        } else if (line != null && !line.active() && changed(before, f, DowntimeFields::lineId)) {
            errors.add(new FieldError(prefix + "line_id", "line " + line.code() + " is inactive"));
        }
        return f.lineId() != null ? f.lineId() : order == null ? null : order.usualLineId();
    }

    /**
     * The event on the shifts: clock times (start and end, or start and duration) are placed and, on create, split;
     * a duration alone must fit the shift. Empty for a duration alone or when the times are refused.
     */
    private static List<DowntimeTimes.Part> place(String prefix, DowntimeFields f, ShiftRef shift, Context ctx,
            boolean split, List<FieldError> errors) {
        if (f.startTime() == null) {
            if (f.endTime() != null) {
                errors.add(new FieldError(prefix + "start_time", "is required with end_time"));
            } else if (f.durationMinutes() == null) {
                errors.add(new FieldError(prefix + "duration_minutes", "give duration_minutes, or start_time and end_time"));
            } else {
                DowntimeTimes.fits(prefix, shift, f.durationMinutes()).ifPresent(errors::add);
            }
            return List.of();
        }
        int start = DowntimeTimes.minuteOf(f.startTime());
        int end;
        if (f.endTime() != null) {
            end = DowntimeTimes.minuteOf(f.endTime());
            int length = Math.floorMod(end - start, DowntimeTimes.DAY);
            if (f.durationMinutes() != null && length != 0 && f.durationMinutes() != length) {
                errors.add(new FieldError(prefix + "duration_minutes", "must be " + length + " (from start_time to "
                        + "end_time), or be left out"));
                return List.of();
            }
        } else if (f.durationMinutes() != null) {
            end = (start + f.durationMinutes()) % DowntimeTimes.DAY;
        } else {
            errors.add(new FieldError(prefix + "end_time", "give end_time or duration_minutes with start_time"));
            return List.of();
        }
        List<ShiftRef> active = ctx.catalog().shifts().values().stream().filter(ShiftRef::active).toList();
        DowntimeTimes.Placement placement = DowntimeTimes.place(prefix, shift, f.shiftDate(), start, end, active, split);
        errors.addAll(placement.errors());
        return placement.parts();
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean changed(DowntimeFields before, DowntimeFields now, Function<DowntimeFields, Object> field) {
        return before == null || !Objects.equals(field.apply(before), field.apply(now));
    }
}
