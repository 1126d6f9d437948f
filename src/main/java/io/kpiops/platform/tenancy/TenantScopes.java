package io.kpiops.platform.tenancy;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Where the current {@link TenantScope} comes from: the authenticated caller of a web request; no client at all for
 * an anonymous web request; every client for work the system does itself (start-up, scheduled jobs).
 */
public final class TenantScopes {

    private static final ThreadLocal<TenantScope> OVERRIDE = new ThreadLocal<>();

    private TenantScopes() {}

    public static TenantScope current() {
        TenantScope override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal p) {
            return p.tenantScope();
        }
        return RequestContextHolder.getRequestAttributes() == null ? TenantScope.SYSTEM : TenantScope.NONE;
    }

    /** Runs a piece of work as the system (all clients), e.g. the login check that must find any user's clients. */
    public static <T> T asSystem(java.util.function.Supplier<T> work) {
        return as(TenantScope.SYSTEM, work);
    }

    /** Runs a piece of work in a given scope, e.g. a scheduled report rendered with its owner's clients only. */
    public static <T> T as(TenantScope scope, java.util.function.Supplier<T> work) {
        TenantScope previous = OVERRIDE.get();
        OVERRIDE.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    /** Implemented by the authenticated principal so this module needs no knowledge of users. */
    public interface ScopedPrincipal {
        TenantScope tenantScope();
    }
}
