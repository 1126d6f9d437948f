package io.kpiops.platform.tenancy;

import java.util.function.Supplier;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/**
 * The central read guard: a Hibernate filter, enabled in every session and applied to loads by id as well, that keeps
 * rows of clients outside the caller's {@link TenantScope} invisible. Its parameters come from
 * {@link TenantScopes#current()}; the client list is read from the assignments table, so a change of assignment
 * takes effect on the next request.
 */
@FilterDef(name = TenantFilter.NAME, autoEnabled = true, applyToLoadByKey = true,
        parameters = {
            @ParamDef(name = "scopeAll", type = Integer.class, resolver = TenantFilter.ScopeAll.class),
            @ParamDef(name = "scopeUser", type = Long.class, resolver = TenantFilter.ScopeUser.class)
        })
@jakarta.persistence.MappedSuperclass
public abstract class TenantFilter {

    public static final String NAME = "tenant";
    private static final String ASSIGNED = " in (select uc.client_id from user_clients uc where uc.user_id = :scopeUser))";
    /** For tables with a {@code client_id} column. */
    public static final String BY_CLIENT_ID = "(:scopeAll = 1 or client_id" + ASSIGNED;
    /** For the clients table itself. */
    public static final String BY_ID = "(:scopeAll = 1 or id" + ASSIGNED;

    // Declared as a mapped superclass only so that Hibernate registers the @FilterDef above.
    protected TenantFilter() {}

    public static final class ScopeAll implements Supplier<Integer> {
        @Override
        public Integer get() {
            return TenantScopes.current().all() ? 1 : 0;
        }
    }

    public static final class ScopeUser implements Supplier<Long> {
        @Override
        public Long get() {
            return TenantScopes.current().userId();
        }
    }
}
