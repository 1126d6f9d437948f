package io.kpiops.platform.security;

import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.tenancy.TenantScope;
import java.util.Set;

/**
 * A shop-floor screen authenticated by its display token (ADR 0013): read-only, bound to one client and line (and
 * optionally one shift). Its tenant scope is exactly that client; it has no user, so the database's tenant filter
 * (which reads a user's assignments) sees nothing for it and readers check the client explicitly.
 */
public record DisplayPrincipal(long displayId, long clientId, long lineId, Long shiftId, String name)
        implements io.kpiops.platform.tenancy.TenantScopes.ScopedPrincipal, AuditLog.Actor {

    /** The authority every display request carries; no endpoint that needs a user role accepts it. */
    public static final String AUTHORITY = "ROLE_DISPLAY";

    @Override
    public TenantScope tenantScope() {
        return new TenantScope(false, -1, Set.of(clientId));
    }

    @Override
    public Long actorId() {
        return null;
    }

    @Override
    public String actorName() {
        return "display:" + displayId;
    }
}
