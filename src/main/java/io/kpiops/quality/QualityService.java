package io.kpiops.quality;

import io.kpiops.clients.ClientService;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.RequestValidator;
import io.kpiops.quality.QualityRequests.QualityRequest;
import io.kpiops.quality.QualityRules.Context;
import io.kpiops.quality.QualityRules.Resolved;
import io.kpiops.quality.QualityViews.QualityResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording, correcting, deleting and finding quality entries, one at a time or in batches. */
@Service
class QualityService {

    private static final int MAX_REPORTED_ERRORS = 1000;

    private final QualityRepository entries;
    private final QualitySupport support;
    private final ClientService clients;
    private final AuditLog audit;
    private final RequestValidator validator;

    QualityService(QualityRepository entries, QualitySupport support, ClientService clients, AuditLog audit,
            RequestValidator validator) {
        this.entries = entries;
        this.support = support;
        this.clients = clients;
        this.audit = audit;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    Page<QualityResponse> search(Specification<QualityEntry> where, Pageable pageable) {
        Page<QualityEntry> page = entries.findAll(where, pageable);
        return new PageImpl<>(support.responses(page.getContent()), pageable, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    QualityResponse get(long id) {
        return support.response(find(id));
    }

    @Transactional
    QualityResponse create(QualityRequest r) {
        clients.requireAssignable(r.clientId());
        Resolved resolved = QualityRules.resolve("", r.fields(), support.context(r.clientId(), orderIds(List.of(r))), null);
        if (!resolved.errors().isEmpty()) {
            throw ApiException.invalid(resolved.errors());
        }
        QualityEntry e = newEntry(r.clientId(), r.entryMethod() == EntryMethod.QR_SCAN ? EntryMethod.QR_SCAN
                : EntryMethod.MANUAL_ENTRY, resolved.fields());
        entries.saveAndFlush(e);
        QualityResponse response = support.response(e);
        audit.record(QualitySupport.ENTITY, e.getId(), e.getClientId(), AuditAction.CREATE, null, response);
        return response;
    }

    /** Replaces the entry's fields and its whole defect breakdown. */
    @Transactional
    QualityResponse update(long id, QualityRequest r) {
        QualityEntry e = find(id);
        if (r.version() == null) {
            throw ApiException.invalid("version", "must not be null");
        }
        e.requireVersion(r.version(), "Quality entry " + id);
        if (!r.clientId().equals(e.getClientId())) {
            throw ApiException.invalid("client_id", "an entry cannot move to another client");
        }
        Resolved resolved = QualityRules.resolve("", r.fields(), support.context(e.getClientId(), orderIds(List.of(r))),
                e.fields());
        if (!resolved.errors().isEmpty()) {
            throw ApiException.invalid(resolved.errors());
        }
        QualityResponse before = support.response(e);
        e.change(resolved.fields(), support.now());
        entries.saveAndFlush(e);
        QualityResponse after = support.response(e);
        audit.record(QualitySupport.ENTITY, e.getId(), e.getClientId(), AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    void delete(long id, Long version) {
        QualityEntry e = find(id);
        if (version != null) {
            e.requireVersion(version, "Quality entry " + id);
        }
        QualityResponse before = support.response(e);
        e.markDeleted(QualitySupport.actor().name(), support.now());
        entries.saveAndFlush(e);
        audit.record(QualitySupport.ENTITY, e.getId(), e.getClientId(), AuditAction.DELETE, before, null);
    }

    /**
     * Saves every entry or none: each row is checked with the single-entry rules and every row's errors are reported
     * together (fields named {@code entries[i].…}, details {@code entries[i].defects[j].…}).
     */
    @Transactional
    List<QualityResponse> createAll(List<QualityRequest> rows, EntryMethod method) {
        List<QualityFields> resolved = check(rows);
        List<QualityEntry> created = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            created.add(newEntry(rows.get(i).clientId(), EntryMethod.ofRow(rows.get(i).entryMethod(), method), resolved.get(i)));
        }
        entries.saveAll(created);
        entries.flush();
        List<QualityResponse> responses = support.responses(created);
        audit.recordAll(responses.stream().map(p -> new AuditLog.Change(QualitySupport.ENTITY, p.id(), p.clientId(),
                AuditAction.CREATE, null, p)).toList());
        return responses;
    }

    /** The rows resolved, or a 422 naming every row's errors. */
    List<QualityFields> check(List<QualityRequest> rows) {
        List<FieldError> errors = new ArrayList<>();
        Set<Long> clientIds = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            QualityRequest r = rows.get(i);
            String prefix = "entries[" + i + "].";
            validator.errors(r).forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
            if (r.clientId() != null) {
                clientIds.add(r.clientId());
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
        List<QualityFields> resolved = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            QualityRequest r = rows.get(i);
            String prefix = "entries[" + i + "].";
            if (r.clientId() == null || refused.contains(r.clientId())) {
                if (r.clientId() != null) {
                    errors.add(new FieldError(prefix + "client_id", "no client " + r.clientId() + " you may enter data for"));
                }
                resolved.add(null);
                continue;
            }
            Context ctx = contexts.computeIfAbsent(r.clientId(), c -> support.context(c, orderIds));
            Resolved res = QualityRules.resolve(prefix, r.fields(), ctx, null);
            // a value the validation refused is not reported again by the rules
            res.errors().stream().filter(e -> !validated.contains(e.field())).forEach(errors::add);
            resolved.add(res.fields());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors);
        }
        return resolved;
    }

    private QualityEntry newEntry(long clientId, EntryMethod method, QualityFields f) {
        QualitySupport.Actor a = QualitySupport.actor();
        Instant now = support.now();
        QualityEntry e = new QualityEntry(clientId, method, a.id(), a.name(), now);
        e.change(f, now);
        return e;
    }

    private QualityEntry find(long id) {
        return entries.findById(id).orElseThrow(() -> ApiException.notFound("Quality entry " + id));
    }

    static List<Long> orderIds(List<QualityRequest> rows) {
        return rows.stream().map(QualityRequest::workOrderId).filter(Objects::nonNull).distinct().toList();
    }
}
