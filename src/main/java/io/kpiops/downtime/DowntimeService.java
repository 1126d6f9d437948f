package io.kpiops.downtime;

import io.kpiops.catalog.CatalogLookup.DowntimeReasonRef;
import io.kpiops.clients.ClientService;
import io.kpiops.downtime.DowntimeRequests.DowntimeRequest;
import io.kpiops.downtime.DowntimeRules.Context;
import io.kpiops.downtime.DowntimeRules.Resolved;
import io.kpiops.downtime.DowntimeViews.DowntimeResponse;
import io.kpiops.matching.MatchedDowntime;
import io.kpiops.matching.Slice;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.db.ClientWriteLock;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.RequestValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording (split at shift boundaries), correcting, deleting and finding downtime entries. */
@Service
class DowntimeService {

    private static final int MAX_REPORTED_ERRORS = 1000;

    private final DowntimeRepository entries;
    private final DowntimeSupport support;
    private final ClientService clients;
    private final AuditLog audit;
    private final RequestValidator validator;
    private final MatchedDowntime matched;
    private final ClientWriteLock locks;

    DowntimeService(DowntimeRepository entries, DowntimeSupport support, ClientService clients, AuditLog audit,
            RequestValidator validator, MatchedDowntime matched, ClientWriteLock locks) {
        this.locks = locks;
        this.entries = entries;
        this.support = support;
        this.clients = clients;
        this.audit = audit;
        this.validator = validator;
        this.matched = matched;
    }

    @Transactional(readOnly = true)
    Page<DowntimeResponse> search(DowntimeQuery query, Pageable pageable) {
        List<Long> reasonIds = query.planned() == null ? null : support.catalog().downtimeReasonsOf(query.clientId())
                .stream().filter(r -> r.planned() == query.planned()).map(DowntimeReasonRef::id).toList();
        Page<DowntimeEntry> page = entries.findAll(query.where(reasonIds), pageable);
        return new PageImpl<>(support.responses(page.getContent()), pageable, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    DowntimeResponse get(long id) {
        return support.response(find(id));
    }

    /** Records the event: one entry, or one per shift it ran in (linked by a split group). */
    @Transactional
    List<DowntimeResponse> create(DowntimeRequest r) {
        clients.requireAssignable(r.clientId());
        Resolved resolved = DowntimeRules.resolve("", r.fields(), support.context(r.clientId(), orderIds(List.of(r))),
                null, true);
        if (!resolved.errors().isEmpty()) {
            throw ApiException.invalid(resolved.errors());
        }
        EntryMethod method = r.entryMethod() == EntryMethod.QR_SCAN ? EntryMethod.QR_SCAN : EntryMethod.MANUAL_ENTRY;
        return save(List.of(new Event(r.clientId(), resolved.parts())), i -> method);
    }

    /** Corrects one record; a part of a split event is corrected on its own and must stay inside its shift. */
    @Transactional
    DowntimeResponse update(long id, DowntimeRequest r) {
        DowntimeEntry e = find(id);
        locks.acquire(e.getClientId());
        if (r.version() == null) {
            throw ApiException.invalid("version", "must not be null");
        }
        e.requireVersion(r.version(), "Downtime entry " + id);
        if (!r.clientId().equals(e.getClientId())) {
            throw ApiException.invalid("client_id", "an entry cannot move to another client");
        }
        Resolved resolved = DowntimeRules.resolve("", r.fields(), support.context(e.getClientId(), orderIds(List.of(r))),
                e.fields(), false);
        if (!resolved.errors().isEmpty()) {
            throw ApiException.invalid(resolved.errors());
        }
        DowntimeResponse before = support.response(e);
        Slice was = slice(e);
        e.change(resolved.parts().getFirst(), support.now());
        entries.saveAndFlush(e);
        matched.recompute(List.of(was, slice(e)));
        DowntimeResponse after = support.response(e);
        audit.record(DowntimeSupport.ENTITY, e.getId(), e.getClientId(), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    void delete(long id, Long version) {
        DowntimeEntry e = find(id);
        locks.acquire(e.getClientId());
        if (version != null) {
            e.requireVersion(version, "Downtime entry " + id);
        }
        DowntimeResponse before = support.response(e);
        e.markDeleted(DowntimeSupport.actor().name(), support.now());
        entries.saveAndFlush(e);
        matched.recompute(List.of(slice(e)));
        audit.record(DowntimeSupport.ENTITY, e.getId(), e.getClientId(), AuditAction.DELETE, before, null);
    }

    /** Saves every event (split as needed) or none, reporting every row's errors as {@code entries[i].…}. */
    @Transactional
    List<DowntimeResponse> createAll(List<DowntimeRequest> rows, EntryMethod method) {
        List<Event> events = check(rows); // one event per row
        return save(events, i -> EntryMethod.ofRow(rows.get(i).entryMethod(), method));
    }

    /** One event of a client: its records, one per shift it ran in. */
    record Event(long clientId, List<DowntimeFields> parts) {}

    /** The rows as events, or a 422 naming every row's errors. */
    List<Event> check(List<DowntimeRequest> rows) {
        List<FieldError> errors = new ArrayList<>();
        Set<Long> clientIds = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "entries[" + i + "].";
            validator.errors(rows.get(i)).forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
            if (rows.get(i).clientId() != null) {
                clientIds.add(rows.get(i).clientId());
            }
        }
        Set<String> validated = new HashSet<>();
        errors.forEach(e -> validated.add(e.field()));
        Set<Long> refused = new HashSet<>();
        for (Long clientId : clientIds) {
            if (!clients.checkAssignable("client_id", List.of(clientId)).isEmpty()) {
                refused.add(clientId);
            }
        }
        List<Long> orderIds = orderIds(rows);
        Map<Long, Context> contexts = new HashMap<>();
        List<Event> events = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            DowntimeRequest r = rows.get(i);
            String prefix = "entries[" + i + "].";
            if (r.clientId() == null || refused.contains(r.clientId())) {
                if (r.clientId() != null) {
                    errors.add(new FieldError(prefix + "client_id", "no client " + r.clientId() + " you may enter data for"));
                }
                continue;
            }
            Context ctx = contexts.computeIfAbsent(r.clientId(), c -> support.context(c, orderIds));
            Resolved res = DowntimeRules.resolve(prefix, r.fields(), ctx, null, true);
            // a value the validation refused is not reported again by the rules
            res.errors().stream().filter(e -> !validated.contains(e.field())).forEach(errors::add);
            events.add(new Event(r.clientId(), res.parts()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors);
        }
        return events;
    }

    private List<DowntimeResponse> save(List<Event> events, java.util.function.IntFunction<EntryMethod> methodOf) {
        DowntimeSupport.Actor a = DowntimeSupport.actor();
        Instant now = support.now();
        List<DowntimeEntry> created = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            EntryMethod method = methodOf.apply(i);
            boolean split = event.parts().size() > 1;
            String group = split ? UUID.randomUUID().toString() : null;
            for (int p = 0; p < event.parts().size(); p++) {
                DowntimeEntry e = new DowntimeEntry(event.clientId(), method, a.id(), a.name(), now, group, split ? p + 1 : null);
                e.change(event.parts().get(p), now);
                created.add(e);
            }
        }
        locks.acquire(created.stream().map(DowntimeEntry::getClientId).toList());
        entries.saveAll(created);
        entries.flush();
        matched.recompute(created.stream().map(DowntimeService::slice).toList());
        List<DowntimeResponse> responses = support.responses(created);
        audit.recordAll(responses.stream().map(p -> new AuditLog.Change(DowntimeSupport.ENTITY, p.id(), p.clientId(),
                AuditAction.CREATE, null, p)).toList());
        return responses;
    }

    /** The slice of production entries a record may match. */
    private static Slice slice(DowntimeEntry e) {
        return new Slice(e.getClientId(), e.shiftDate, e.shiftId);
    }

    private DowntimeEntry find(long id) {
        return entries.findById(id).orElseThrow(() -> ApiException.notFound("Downtime entry " + id));
    }

    static List<Long> orderIds(List<DowntimeRequest> rows) {
        return rows.stream().map(DowntimeRequest::workOrderId).filter(Objects::nonNull).distinct().toList();
    }
}
