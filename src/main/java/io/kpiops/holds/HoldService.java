package io.kpiops.holds;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.HoldReasonRef;
import io.kpiops.clients.ClientService;
import io.kpiops.clients.EntryWindow;
import io.kpiops.holds.HoldRequests.HoldRequest;
import io.kpiops.holds.HoldRules.Context;
import io.kpiops.holds.HoldViews.HoldResponse;
import io.kpiops.holds.HoldViews.HoldSnapshot;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.RequestValidator;
import io.kpiops.workorders.WorkOrderLookup;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing holds, one at a time or in batches (all or nothing), with the same rules for the API, the import and the
 * system's set-up; their orders follow through {@link HoldOrders}. Ending and correcting holds is {@link HoldActions}'.
 */
@Service
class HoldService {

    static final String ENTITY = "hold";
    private static final int MAX_REPORTED_ERRORS = 1000;

    private final HoldRepository holds;
    private final HoldOrders orders;
    private final HoldResponses responses;
    private final CatalogLookup catalog;
    private final WorkOrderLookup workOrders;
    private final EntryWindow window;
    private final ClientService clients;
    private final AuditLog audit;
    private final RequestValidator validator;
    private final Clock clock;

    HoldService(HoldRepository holds, HoldOrders orders, HoldResponses responses, CatalogLookup catalog,
            WorkOrderLookup workOrders, EntryWindow window, ClientService clients, AuditLog audit,
            RequestValidator validator, Clock clock) {
        this.holds = holds;
        this.orders = orders;
        this.responses = responses;
        this.catalog = catalog;
        this.workOrders = workOrders;
        this.window = window;
        this.clients = clients;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    HoldResponse create(HoldRequest r) {
        return createAll(List.of(r), EntryMethod.MANUAL_ENTRY, "").getFirst();
    }

    /**
     * Places every hold or none: each row is checked with the single-hold rules and every row's errors are reported
     * together, fields named {@code <prefix>…} ({@code entries[i].} for a batch, nothing for a single hold).
     */
    @Transactional
    List<HoldResponse> createAll(List<HoldRequest> rows, EntryMethod method, String batchPrefix) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        Set<Long> clientIds = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String prefix = prefix(batchPrefix, i);
            if (!batchPrefix.isEmpty()) {
                validator.errors(rows.get(i)).forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
            }
            if (rows.get(i).clientId() == null) {
                errors.add(new FieldError(prefix + "client_id", "must not be null"));
            } else {
                clientIds.add(rows.get(i).clientId());
            }
        }
        Set<Long> refused = new HashSet<>();
        clientIds.forEach(c -> {
            if (!clients.checkAssignable("client_id", List.of(c)).isEmpty()) {
                refused.add(c);
            }
        });
        Map<Long, OrderRef> orderRefs = workOrders.orders(rows.stream().map(HoldRequest::workOrderId)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, Context> contexts = new HashMap<>();
        List<HoldFields> fields = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            HoldRequest r = rows.get(i);
            String prefix = prefix(batchPrefix, i);
            HoldFields f = r.fields(now);
            fields.add(f);
            if (r.clientId() == null) {
                continue;
            }
            if (refused.contains(r.clientId())) {
                errors.add(new FieldError(prefix + "client_id", "no client " + r.clientId() + " you may enter data for"));
                continue;
            }
            Context ctx = contexts.computeIfAbsent(r.clientId(), c -> context(c, reasons(c, rows), orderRefs, now));
            errors.addAll(HoldRules.placing(prefix, f, ctx));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors);
        }
        List<Hold> created = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            long clientId = rows.get(i).clientId();
            created.add(newHold(clientId, method, fields.get(i), contexts.get(clientId).zone(), now));
        }
        return save(created, contexts.values().stream().flatMap(c -> c.reasons().values().stream()).toList());
    }

    /** Stores new holds, moves their orders and audits them (shared with the import and the set-up). */
    List<HoldResponse> save(List<Hold> created, Collection<HoldReasonRef> reasons) {
        holds.saveAll(created);
        holds.flush();
        Map<Long, String> codes = new HashMap<>();
        reasons.forEach(r -> codes.put(r.id(), r.code()));
        orders.placed(created, h -> codes.getOrDefault(h.holdReasonId, "#" + h.holdReasonId));
        audit.recordAll(created.stream().map(h -> new AuditLog.Change(ENTITY, h.getId(), h.getClientId(),
                AuditAction.CREATE, null, HoldSnapshot.of(h))).toList());
        return responses.of(created);
    }

    /** A new hold from checked fields; already resumed when the fields say when it ended. */
    Hold newHold(long clientId, EntryMethod method, HoldFields f, ZoneId zone, Instant now) {
        Actor a = actor();
        Hold h = new Hold(clientId, method, a.id(), a.name(), now, f.workOrderId(), f.jobId(), f.heldAt(), zone);
        h.describe(f.holdReasonId(), f.description(), f.expectedResolutionDate(), now);
        if (f.resumedAt() != null) {
            h.resume(f.resumedAt(), zone, a.id(), a.name(), f.resumeNote(), now);
        }
        return h;
    }

    /** The client's hold reasons: the one named by a single hold, else the whole catalog (read once per batch). */
    private Map<Long, HoldReasonRef> reasons(long clientId, List<HoldRequest> rows) {
        if (rows.size() == 1 && rows.getFirst().holdReasonId() != null) {
            Map<Long, HoldReasonRef> one = new HashMap<>();
            catalog.holdReason(rows.getFirst().holdReasonId()).ifPresent(r -> one.put(r.id(), r));
            return one;
        }
        return catalog.catalogOf(clientId).holdReasons();
    }

    /** What rows of one client are checked against; the window is the current caller's. */
    Context context(long clientId, Map<Long, HoldReasonRef> reasons, Map<Long, OrderRef> orderRefs, Instant now) {
        return new Context(clientId, reasons, orderRefs, window.bounds(clientId), window.zone(clientId), now);
    }

    private static String prefix(String batchPrefix, int i) {
        return batchPrefix.isEmpty() ? "" : batchPrefix + "[" + i + "].";
    }

    record Actor(Long id, String name) {}

    static Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AuditLog.Actor a ? new Actor(a.actorId(), a.actorName())
                : new Actor(null, "system");
    }
}
