package io.kpiops.workorders;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.LineRef;
import io.kpiops.clients.ClientService;
import io.kpiops.clients.ClientSummary;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.time.PlantTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** What the work-order services share: client checks, the plant's clock, catalog lookups and the audit log. */
@Component
class WorkOrderSupport {

    static final String ORDER = "work_order";
    static final String JOB = "job";

    private final ClientService clients;
    private final CatalogLookup catalog;
    private final AuditLog audit;
    private final Clock clock;

    WorkOrderSupport(ClientService clients, CatalogLookup catalog, AuditLog audit, Clock clock) {
        this.clients = clients;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** The client must exist, be active and be in the caller's scope (422 on client_id otherwise). */
    void requireClient(long clientId) {
        clients.requireAssignable(clientId);
    }

    ZoneId zone(long clientId) {
        return clients.summaries(List.of(clientId)).stream().findFirst().map(ClientSummary::timeZone)
                .flatMap(PlantTime::zone).orElse(ZoneId.of("UTC"));
    }

    LocalDate today(long clientId) {
        return PlantTime.today(clock, zone(clientId));
    }

    /** Who acts: the signed-in caller, or "system" for work the application does by itself. */
    record Actor(Long id, String name) {}

    Actor actor() {
        Object principal = Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .map(Authentication::getPrincipal).orElse(null);
        return principal instanceof AuditLog.Actor a ? new Actor(a.actorId(), a.actorName()) : new Actor(null, "system");
    }

    Instant now() {
        return clock.instant();
    }

    CatalogLookup catalog() {
        return catalog;
    }

    LineRef line(Long id) {
        return catalog.line(id).orElse(null);
    }

    void audit(String entity, long id, long clientId, AuditAction action, Object before, Object after) {
        audit.record(entity, id, clientId, action, before, after);
    }
}
