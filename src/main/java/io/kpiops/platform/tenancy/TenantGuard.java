package io.kpiops.platform.tenancy;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * The central write guard (and a second line of defence for reads): an entity listener that refuses to insert,
 * update, delete or even load a {@link TenantOwned} row whose client is outside the caller's scope. The failure is a
 * 404 so that another client's records are not revealed to exist.
 */
public class TenantGuard {

    @PrePersist
    @PreUpdate
    @PreRemove
    @PostLoad
    void check(Object entity) {
        if (entity instanceof TenantOwned owned) {
            TenantScopes.current().require(owned.tenantId(), entity.getClass().getSimpleName());
        }
    }
}
