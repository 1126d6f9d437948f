package io.kpiops.clients;

import io.kpiops.platform.tenancy.TenantFilter;
import io.kpiops.platform.tenancy.TenantGuard;
import io.kpiops.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A client company (tenant): the unit of data isolation. Its own id is its tenant key. */
@Entity
@Table(name = "clients")
@EntityListeners(TenantGuard.class)
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_ID)
class Client implements TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 20, updatable = false)
    String code;

    @Column(nullable = false, length = 120)
    String name;

    @Column(nullable = false, length = 64)
    String timeZone;

    @Column(nullable = false)
    boolean active;

    @Version
    @Column(nullable = false)
    long version;

    @Column(nullable = false, updatable = false)
    Instant createdAt;

    @Column(nullable = false)
    Instant updatedAt;

    protected Client() {}

    Client(String code, String name, String timeZone, boolean active, Instant now) {
        this.code = code;
        this.name = name;
        this.timeZone = timeZone;
        this.active = active;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public Long tenantId() {
        return id;
    }

    ClientSummary summary() {
        return new ClientSummary(id, code, name, timeZone, active);
    }
}
