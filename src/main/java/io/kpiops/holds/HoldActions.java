package io.kpiops.holds;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.HoldReasonRef;
import io.kpiops.holds.HoldRequests.CancelRequest;
import io.kpiops.holds.HoldRequests.ResumeRequest;
import io.kpiops.holds.HoldRequests.UpdateHoldRequest;
import io.kpiops.holds.HoldRules.Context;
import io.kpiops.holds.HoldService.Actor;
import io.kpiops.holds.HoldViews.HoldResponse;
import io.kpiops.holds.HoldViews.HoldSnapshot;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a hold after it is placed: corrections of its details, resume (with its hours), cancel (it never
 * took effect), and soft deletion by an admin. Each is checked against the hold's version and audited; ending the last
 * open hold of an order returns the order (see {@link HoldOrders}).
 */
@Service
class HoldActions {

    private final HoldRepository holds;
    private final HoldService service;
    private final HoldOrders orders;
    private final HoldResponses responses;
    private final CatalogLookup catalog;
    private final AuditLog audit;
    private final Clock clock;

    HoldActions(HoldRepository holds, HoldService service, HoldOrders orders, HoldResponses responses,
            CatalogLookup catalog, AuditLog audit, Clock clock) {
        this.holds = holds;
        this.service = service;
        this.orders = orders;
        this.responses = responses;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Hold find(long id) {
        return holds.findById(id).orElseThrow(() -> ApiException.notFound("Hold " + id));
    }

    @Transactional
    HoldResponse update(long id, UpdateHoldRequest r) {
        Hold h = versioned(id, r.version());
        Context ctx = context(h, r.holdReasonId());
        List<FieldError> errors = new ArrayList<>();
        ctx.window().check("held_at", h.heldDate)
                .map(e -> new FieldError(e.field(), "this hold is outside your entry window: " + e.message()))
                .ifPresent(errors::add);
        String description = HoldRules.trimmed(r.description());
        errors.addAll(HoldRules.details("", r.holdReasonId(), description, r.expectedResolutionDate(), h.heldDate, ctx,
                h.holdReasonId));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        HoldSnapshot before = HoldSnapshot.of(h);
        h.describe(r.holdReasonId(), description, r.expectedResolutionDate(), clock.instant());
        holds.flush();
        return audited(h, AuditAction.UPDATE, before);
    }

    @Transactional
    HoldResponse resume(long id, ResumeRequest r) {
        Hold h = versioned(id, r.version());
        requireOpen(h, "resumed");
        Context ctx = context(h, null);
        Instant at = HoldRules.seconds(r.resumedAt() == null ? ctx.now() : r.resumedAt());
        List<FieldError> errors = HoldRules.ending("", "resumed_at", h.heldAt, at, ctx);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        HoldSnapshot before = HoldSnapshot.of(h);
        Actor a = HoldService.actor();
        String note = HoldRules.trimmed(r.note());
        h.resume(at, ctx.zone(), a.id(), a.name(), note, ctx.now());
        holds.flush();
        orders.ended(h, HoldOrders.text("Hold " + h.getId() + " resumed", note), at);
        return audited(h, AuditAction.UPDATE, before);
    }

    @Transactional
    HoldResponse cancel(long id, CancelRequest r) {
        Hold h = versioned(id, r.version());
        requireOpen(h, "cancelled");
        HoldSnapshot before = HoldSnapshot.of(h);
        Actor a = HoldService.actor();
        h.cancel(a.id(), a.name(), r.reason().trim(), HoldRules.seconds(clock.instant()));
        holds.flush();
        orders.ended(h, HoldOrders.text("Hold " + h.getId() + " cancelled", h.cancelReason), h.heldAt);
        return audited(h, AuditAction.UPDATE, before);
    }

    /** Soft deletion (admins); an open hold stops holding its order as if it had never taken effect. */
    @Transactional
    void delete(long id, Long version) {
        Hold h = find(id);
        if (version != null) {
            h.requireVersion(version, "Hold " + id);
        }
        HoldSnapshot before = HoldSnapshot.of(h);
        boolean wasOpen = h.open();
        h.markDeleted(HoldService.actor().name(), clock.instant());
        holds.flush();
        if (wasOpen) {
            orders.ended(h, "Hold " + h.getId() + " deleted", h.heldAt);
        }
        audit.record(HoldService.ENTITY, h.getId(), h.getClientId(), AuditAction.DELETE, before, null);
    }

    private Hold versioned(long id, Long version) {
        Hold h = find(id);
        if (version == null) {
            throw ApiException.invalid("version", "must not be null");
        }
        h.requireVersion(version, "Hold " + id);
        return h;
    }

    private static void requireOpen(Hold h, String what) {
        if (!h.open()) {
            throw ApiException.invalid("status", "hold " + h.getId() + " is " + h.status
                    + "; only a hold that is ON_HOLD can be " + what);
        }
    }

    private Context context(Hold h, Long reasonId) {
        Map<Long, HoldReasonRef> reasons = new HashMap<>();
        if (reasonId != null) {
            catalog.holdReason(reasonId).ifPresent(x -> reasons.put(x.id(), x));
        }
        return service.context(h.getClientId(), reasons, Map.of(), clock.instant());
    }

    private HoldResponse audited(Hold h, AuditAction action, HoldSnapshot before) {
        audit.record(HoldService.ENTITY, h.getId(), h.getClientId(), action, before, HoldSnapshot.of(h));
        return responses.of(h);
    }
}
