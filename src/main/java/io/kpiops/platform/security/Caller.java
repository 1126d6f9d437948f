package io.kpiops.platform.security;

import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.tenancy.TenantScope;
import io.kpiops.platform.tenancy.TenantScopes;
import java.time.Instant;
import java.util.Set;

/**
 * The authenticated user as loaded for this request (role and assignments are read from the database on every
 * request, so changes take effect at once).
 */
public record Caller(long id, String username, Role role, Set<Long> clientIds, boolean active, Instant sessionsValidAfter,
        String sessionId) implements TenantScopes.ScopedPrincipal, AuditLog.Actor {

    public Caller {
        clientIds = Set.copyOf(clientIds);
    }

    @Override
    public TenantScope tenantScope() {
        return role == Role.ADMIN ? new TenantScope(true, id, Set.of()) : new TenantScope(false, id, clientIds);
    }

    @Override
    public Long actorId() {
        return id;
    }

    @Override
    public String actorName() {
        return username;
    }

    public Caller withSession(String sid) {
        return new Caller(id, username, role, clientIds, active, sessionsValidAfter, sid);
    }
}
