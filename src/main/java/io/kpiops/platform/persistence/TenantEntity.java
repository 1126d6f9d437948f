package io.kpiops.platform.persistence;

import io.kpiops.platform.tenancy.TenantGuard;
import io.kpiops.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A record that belongs to one client: writes outside the caller's scope are refused by {@link TenantGuard}. Each
 * concrete entity adds {@code @Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)} so that reads
 * are filtered too. Records that data refers to are deactivated, never deleted.
 */
@MappedSuperclass
@EntityListeners(TenantGuard.class)
public abstract class TenantEntity extends VersionedEntity implements TenantOwned {

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(nullable = false)
    private boolean active = true;

    protected TenantEntity() {}

    protected TenantEntity(long clientId, Instant now) {
        super(now);
        this.clientId = clientId;
    }

    public Long getClientId() {
        return clientId;
    }

    public boolean isActive() {
        return active;
    }

    protected void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public Long tenantId() {
        return clientId;
    }
}
