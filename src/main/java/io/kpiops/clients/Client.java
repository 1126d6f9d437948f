package io.kpiops.clients;

import io.kpiops.platform.persistence.VersionedEntity;
import io.kpiops.platform.tenancy.TenantFilter;
import io.kpiops.platform.tenancy.TenantGuard;
import io.kpiops.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A client company (tenant): the unit of data isolation. Its own id is its tenant key. */
@Entity
@Table(name = "clients")
@EntityListeners(TenantGuard.class)
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_ID)
class Client extends VersionedEntity implements TenantOwned {

    @Column(nullable = false, length = 20, updatable = false)
    String code;

    @Column(nullable = false, length = 120)
    String name;

    @Column(nullable = false, length = 64)
    String timeZone;

    @Column(nullable = false)
    boolean active;

    protected Client() {}

    Client(String code, String name, String timeZone, boolean active, Instant now) {
        super(now);
        this.code = code;
        this.name = name;
        this.timeZone = timeZone;
        this.active = active;
    }

    @Override
    public Long tenantId() {
        return getId();
    }

    void change(String name, String timeZone, boolean active, Instant now) {
        this.name = name;
        this.timeZone = timeZone;
        this.active = active;
        touch(now);
    }

    ClientSummary summary() {
        return new ClientSummary(getId(), code, name, timeZone, active);
    }
}
