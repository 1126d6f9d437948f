package io.kpiops.production;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.clients.ClientService;
import io.kpiops.clients.EntryWindow;
import io.kpiops.matching.MatchedDowntime;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.db.ClientWriteLock;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.RequestValidator;
import io.kpiops.production.ProductionRequests.ProductionRequest;
import io.kpiops.production.ProductionRules.Context;
import io.kpiops.production.ProductionRules.Resolved;
import io.kpiops.production.ProductionViews.ProductionResponse;
import io.kpiops.rollup.ProductionRollup;
import io.kpiops.workorders.WorkOrderLookup;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording, correcting, deleting and finding production entries, one at a time or in batches. */
@Service
class ProductionService {

    static final String ENTITY = "production_entry";
    private static final int MAX_REPORTED_ERRORS = 1000;

    private final ProductionRepository entries;
    private final CatalogLookup catalog;
    private final WorkOrderLookup workOrders;
    private final EntryWindow window;
    private final ClientService clients;
    private final AuditLog audit;
    private final RequestValidator validator;
    private final Clock clock;
    private final ProductionBulkWriter writer;
    private final MatchedDowntime matched;
    private final ClientWriteLock locks;
    private final ProductionRollup rollup;

    ProductionService(ProductionRepository entries, CatalogLookup catalog, WorkOrderLookup workOrders,
            EntryWindow window, ClientService clients, AuditLog audit, RequestValidator validator, Clock clock,
            ProductionBulkWriter writer, MatchedDowntime matched, ClientWriteLock locks, ProductionRollup rollup) {
        this.locks = locks;
        this.rollup = rollup;
        this.entries = entries;
        this.catalog = catalog;
        this.workOrders = workOrders;
        this.window = window;
        this.clients = clients;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.writer = writer;
        this.matched = matched;
    }

    @Transactional(readOnly = true)
    Page<ProductionResponse> search(Specification<ProductionEntry> where, Pageable pageable) {
        Page<ProductionEntry> page = entries.findAll(where, pageable);
        Map<Long, String> numbers = numbers(page.getContent().stream().map(e -> e.workOrderId).toList());
        return page.map(e -> ProductionResponse.of(e, numbers.get(e.workOrderId)));
    }

    @Transactional(readOnly = true)
    ProductionResponse get(long id) {
        return response(find(id));
    }

    @Transactional
    ProductionResponse create(ProductionRequest r) {
        if (r.clientId() == null) {
            throw ApiException.invalid("client_id", "must not be null");
        }
        // the client's check and its entry window in one read (this runs on every single create)
        EntryWindow.Bounds bounds = window.boundsForWrite(r.clientId());
        Resolved resolved = ProductionRules.resolve("", r.fields(), single(r.clientId(), r, bounds), null);
        if (!resolved.errors().isEmpty()) {
            throw ApiException.invalid(resolved.errors());
        }
        // written like a batch of one: plain JDBC, no Hibernate persist (the same row and audit entry)
        EntryMethod method = r.entryMethod() == EntryMethod.QR_SCAN ? EntryMethod.QR_SCAN : EntryMethod.MANUAL_ENTRY;
        return write(List.of(new ProductionBulkWriter.Row(r.clientId(), resolved.fields(), method,
                Boolean.TRUE.equals(r.confirmed())))).get(0);
    }

    @Transactional
    ProductionResponse update(long id, ProductionRequest r) {
        ProductionEntry e = find(id);
        locks.acquireShared(List.of(e.getClientId()));
        if (r.version() == null) {
            throw ApiException.invalid("version", "must not be null");
        }
        e.requireVersion(r.version(), "Production entry " + id);
        if (r.clientId() != null && !r.clientId().equals(e.getClientId())) {
            throw ApiException.invalid("client_id", "an entry cannot move to another client");
        }
        Resolved resolved = ProductionRules.resolve("", r.fields(), single(e.getClientId(), r,
                window.bounds(e.getClientId())), e.fields());
        if (!resolved.errors().isEmpty()) {
            throw ApiException.invalid(resolved.errors());
        }
        ProductionResponse before = response(e);
        LocalDate dayBefore = e.fields().shiftDate();
        e.change(resolved.fields(), clock.instant());
        if (Boolean.TRUE.equals(r.confirmed())) {
            Actor a = actor();
            e.confirm(a.id(), a.name(), clock.instant());
        }
        entries.saveAndFlush(e);
        matched.entries(List.of(e.getId()));
        rollup.markStale(e.getClientId(), List.of(dayBefore, e.fields().shiftDate()));
        ProductionResponse after = response(e);
        audit.record(ENTITY, e.getId(), e.getClientId(), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    void delete(long id, Long version) {
        ProductionEntry e = find(id);
        if (version != null) {
            e.requireVersion(version, "Production entry " + id);
        }
        ProductionResponse before = response(e);
        // no match to recompute: the entry keeps its own (nothing else depends on it), and deleted entries count nowhere
        e.markDeleted(actor().name(), clock.instant());
        entries.saveAndFlush(e);
        rollup.markStale(e.getClientId(), List.of(e.fields().shiftDate()));
        audit.record(ENTITY, e.getId(), e.getClientId(), AuditAction.DELETE, before, null);
    }

    /**
     * Saves every entry or none: each row is checked with the single-entry rules and every row's errors are reported
     * together (fields named {@code entries[i].…}).
     */
    @Transactional
    List<ProductionResponse> createAll(List<ProductionRequest> rows, EntryMethod method) {
        List<FieldError> errors = new ArrayList<>();
        Set<Long> clientIds = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ProductionRequest r = rows.get(i);
            String prefix = "entries[" + i + "].";
            validator.errors(r).forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
            if (r.clientId() == null) {
                errors.add(new FieldError(prefix + "client_id", "must not be null"));
            } else {
                clientIds.add(r.clientId());
            }
        }
        Set<Long> refused = new java.util.HashSet<>();
        for (Long clientId : clientIds) {
            if (!clients.checkAssignable("client_id", List.of(clientId)).isEmpty()) {
                refused.add(clientId);
            }
        }
        Map<Long, Context> contexts = new HashMap<>();
        Map<Long, OrderRef> orders = workOrders.orders(ids(rows));
        List<ProductionFields> resolved = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ProductionRequest r = rows.get(i);
            String prefix = "entries[" + i + "].";
            if (r.clientId() == null) {
                resolved.add(null);
                continue;
            }
            if (refused.contains(r.clientId())) {
                errors.add(new FieldError(prefix + "client_id", "no client " + r.clientId() + " you may enter data for"));
                resolved.add(null);
                continue;
            }
            Context ctx = contexts.computeIfAbsent(r.clientId(), c -> new Context(c, catalog.catalogOf(c), orders,
                    window.bounds(c)));
            Resolved res = ProductionRules.resolve(prefix, r.fields(), ctx, null);
            errors.addAll(res.errors());
            resolved.add(res.fields());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors);
        }
        List<ProductionBulkWriter.Row> created = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ProductionRequest r = rows.get(i);
            created.add(new ProductionBulkWriter.Row(r.clientId(), resolved.get(i),
                    EntryMethod.ofRow(r.entryMethod(), method), Boolean.TRUE.equals(r.confirmed())));
        }
        return write(created);
    }

    /** Writes checked entries in JDBC batches, audited; the answers name their work orders. */
    List<ProductionResponse> write(List<ProductionBulkWriter.Row> rows) {
        Map<Long, String> numbers = numbers(rows.stream().map(r -> r.fields().workOrderId()).toList());
        return writer.write(rows, numbers, clock.instant());
    }

    /** The context of one request: only the records it names are loaded. */
    private Context single(long clientId, ProductionRequest r, EntryWindow.Bounds bounds) {
        Map<Long, OrderRef> orders = workOrders.orders(ids(List.of(r)));
        OrderRef order = r.workOrderId() == null ? null : orders.get(r.workOrderId());
        Long productId = r.productId() != null || order == null ? r.productId() : Long.valueOf(order.productId());
        return new Context(clientId, catalog.catalogOf(clientId, productId, r.lineId(), r.shiftId()), orders, bounds);
    }

    Context context(long clientId, Collection<Long> orderIds) {
        return new Context(clientId, catalog.catalogOf(clientId), workOrders.orders(orderIds), window.bounds(clientId));
    }

    /** The client's work orders by upper-case number (imports name orders by number). */
    Map<String, OrderRef> ordersByNumber(long clientId) {
        return workOrders.ordersByNumber(clientId);
    }

    private ProductionEntry find(long id) {
        return entries.findById(id).orElseThrow(() -> ApiException.notFound("Production entry " + id));
    }

    private ProductionResponse response(ProductionEntry e) {
        return ProductionResponse.of(e, numbers(java.util.Collections.singletonList(e.workOrderId)).get(e.workOrderId));
    }

    private Map<Long, String> numbers(Collection<Long> orderIds) {
        List<Long> ids = orderIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            workOrders.orders(ids).forEach((id, o) -> numbers.put(id, o.number()));
        }
        return numbers;
    }

    private static List<Long> ids(List<ProductionRequest> rows) {
        return rows.stream().map(ProductionRequest::workOrderId).filter(Objects::nonNull).distinct().toList();
    }

    record Actor(Long id, String name) {}

    static Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AuditLog.Actor a ? new Actor(a.actorId(), a.actorName())
                : new Actor(null, "system");
    }
}
