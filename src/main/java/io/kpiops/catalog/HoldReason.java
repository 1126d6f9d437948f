package io.kpiops.catalog;

import io.kpiops.platform.persistence.TenantEntity;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A reason for putting a work order or job on hold. */
@Entity
@Table(name = "hold_reasons")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class HoldReason extends TenantEntity {

    @Column(nullable = false, length = 50, updatable = false)
    String code;

    @Column(nullable = false, length = 100)
    String name;

    protected HoldReason() {}

    HoldReason(long clientId, String code, Instant now) {
        super(clientId, now);
        this.code = code;
    }

    void change(String name, boolean active, Instant now) {
        this.name = name;
        setActive(active);
        touch(now);
    }
}
