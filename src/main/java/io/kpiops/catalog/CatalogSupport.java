package io.kpiops.catalog;

import io.kpiops.clients.ClientService;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.persistence.TenantEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** What every catalog service does the same way: client checks, code normalisation, clock and audit. */
@Component
class CatalogSupport {

    private final ClientService clients;
    private final AuditLog audit;
    private final Clock clock;

    CatalogSupport(ClientService clients, AuditLog audit, Clock clock) {
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    /** The client must exist, be active and be in the caller's scope (422 on client_id otherwise). */
    void requireClient(long clientId) {
        clients.requireAssignable(clientId);
    }

    static String code(String raw) {
        return raw.trim().toUpperCase(Locale.ROOT);
    }

    static String trimmed(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    static String pattern(String q) {
        return q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase(Locale.ROOT) + "%";
    }

    Instant now() {
        return clock.instant();
    }

    void created(String entity, TenantEntity e, Object snapshot) {
        audit.record(entity, e.getId(), e.getClientId(), AuditAction.CREATE, null, snapshot);
    }

    void updated(String entity, TenantEntity e, Object before, Object after) {
        audit.record(entity, e.getId(), e.getClientId(), AuditAction.UPDATE, before, after);
    }
}
