package io.kpiops.holds;

import io.kpiops.catalog.CatalogLookup.HoldReasonRef;
import io.kpiops.clients.EntryWindow;
import io.kpiops.platform.web.FieldError;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of a hold beyond single-field ranges, shared by the API, the batch endpoint and the import: an open work
 * order of the same client (and a job of it), an active reason of the client's catalog (a description when it is
 * OTHER), an expected resolution not before the hold's day, a start not in the future and inside the caller's entry
 * window, an end after the start. Pure: everything it checks against is passed in.
 */
final class HoldRules {

    static final String OTHER = "OTHER";
    private static final DateTimeFormatter PLANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HoldRules() {}

    /** What a hold is checked against: the client's hold reasons, the orders it names, the caller's window and clock. */
    record Context(long clientId, Map<Long, HoldReasonRef> reasons, Map<Long, OrderRef> orders,
            EntryWindow.Bounds window, ZoneId zone, Instant now) {}

    /** The problems of a new hold (and of its end, when it is recorded already over). */
    static List<FieldError> placing(String prefix, HoldFields f, Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        OrderRef order = f.workOrderId() == null ? null : ctx.orders().get(f.workOrderId());
        if (f.workOrderId() != null && (order == null || order.clientId() != ctx.clientId())) {
            errors.add(new FieldError(prefix + "work_order_id", "no work order " + f.workOrderId() + " for this client"));
            order = null;
        } else if (order != null && !order.open()) {
            errors.add(new FieldError(prefix + "work_order_id", "work order " + order.number() + " is "
                    + order.status().name().toLowerCase(Locale.ROOT) + " and cannot be put on hold"));
        }
        if (f.jobId() != null && order != null && order.job(f.jobId()).isEmpty()) {
            errors.add(new FieldError(prefix + "job_id", "job " + f.jobId() + " is not a job of work order " + order.number()));
        }
        LocalDate heldDate = f.heldAt() == null ? null : LocalDate.ofInstant(f.heldAt(), ctx.zone());
        errors.addAll(details(prefix, f.holdReasonId(), f.description(), f.expectedResolutionDate(), heldDate, ctx, null));
        if (f.heldAt() != null) {
            if (f.heldAt().isAfter(ctx.now())) {
                errors.add(new FieldError(prefix + "held_at", "must not be in the future"));
            } else {
                ctx.window().check(prefix + "held_at", heldDate).ifPresent(errors::add);
            }
        }
        if (f.resumedAt() != null && f.heldAt() != null) {
            errors.addAll(ending(prefix, "resumed_at", f.heldAt(), f.resumedAt(), ctx));
        } else if (f.resumedAt() == null && f.resumeNote() != null) {
            errors.add(new FieldError(prefix + "resume_note", "is only for a hold recorded with its resumed_at"));
        }
        return errors;
    }

    /**
     * The problems of a hold's editable details. {@code currentReasonId}: the reason it has now (an inactive reason it
     * already has may stay), null for a new hold.
     */
    static List<FieldError> details(String prefix, Long reasonId, String description, LocalDate expected,
            LocalDate heldDate, Context ctx, Long currentReasonId) {
        List<FieldError> errors = new ArrayList<>();
        HoldReasonRef reason = reasonId == null ? null : ctx.reasons().get(reasonId);
        if (reasonId != null && (reason == null || reason.clientId() != ctx.clientId())) {
            errors.add(new FieldError(prefix + "hold_reason_id", "no hold reason " + reasonId + " for this client"));
        } else if (reason != null && !reason.active() && !Objects.equals(reasonId, currentReasonId)) {
            errors.add(new FieldError(prefix + "hold_reason_id", "hold reason " + reason.code() + " is inactive"));
        }
        if (reason != null && OTHER.equalsIgnoreCase(reason.code()) && description == null) {
            errors.add(new FieldError(prefix + "description", "is required when the reason is " + reason.code()));
        }
        if (expected != null && heldDate != null && expected.isBefore(heldDate)) {
            errors.add(new FieldError(prefix + "expected_resolution_date", "must not be before the hold's day (" + heldDate + ")"));
        }
        return errors;
    }

    /** The problems of the end of a hold (resume) at {@code at}, named on {@code field}. */
    static List<FieldError> ending(String prefix, String field, Instant heldAt, Instant at, Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        if (!at.isAfter(heldAt)) {
            errors.add(new FieldError(prefix + field, "must be after held_at (" + PLANT.format(heldAt.atZone(ctx.zone()))
                    + " plant time)"));
        } else if (at.isAfter(ctx.now())) {
            errors.add(new FieldError(prefix + field, "must not be in the future"));
        } else {
            ctx.window().check(prefix + field, LocalDate.ofInstant(at, ctx.zone())).ifPresent(errors::add);
        }
        return errors;
    }

    /**
     * Hold instants are kept to the second: every database stores them alike, and a value read back compares equal to
     * the one that was sent.
     */
    static Instant seconds(Instant at) {
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
