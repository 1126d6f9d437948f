package io.kpiops.platform.tenancy;

/**
 * An entity that belongs to one client. Annotate the entity with
 * {@code @EntityListeners(TenantGuard.class)} and {@code @Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)}
 * (or {@link TenantFilter#BY_ID} for the client itself): reads are then filtered to the caller's scope, also by id,
 * and writes outside it fail with 404.
 */
public interface TenantOwned {

    /** The client this row belongs to. */
    Long tenantId();
}
