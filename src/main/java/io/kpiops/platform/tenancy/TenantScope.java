package io.kpiops.platform.tenancy;

import java.util.Set;

/**
 * The clients a caller may see and change, resolved once per request from the user's role and assignments:
 * admin all; poweruser and leader their assigned clients; operator exactly one.
 *
 * @param all       every client (admin, or the system itself outside a request)
 * @param userId    the caller, whose assignments the database filter reads; -1 when there is none
 * @param clientIds the assigned clients (empty when {@code all})
 */
public record TenantScope(boolean all, long userId, Set<Long> clientIds) {

    public static final TenantScope SYSTEM = new TenantScope(true, -1, Set.of());
    public static final TenantScope NONE = new TenantScope(false, -1, Set.of());

    public TenantScope {
        clientIds = Set.copyOf(clientIds);
    }

    public boolean allows(Long clientId) {
        return all || clientId != null && clientIds.contains(clientId);
    }

    /** Throws a 404 (existence is not revealed) when the client is outside the scope. */
    public void require(Long clientId, String what) {
        if (!allows(clientId)) {
            throw io.kpiops.platform.web.ApiException.notFound(what);
        }
    }
}
