package io.kpiops.catalog;

import io.kpiops.platform.persistence.TenantEntity;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A shop-floor employee (not a system user); floating-pool employees cover absences across lines. */
@Entity
@Table(name = "employees")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class Employee extends TenantEntity {

    @Column(nullable = false, length = 50, updatable = false)
    String code;

    @Column(nullable = false, length = 100)
    String name;

    Long lineId;

    /** The usual shift (the attendance roster lists the employee there); null = not on a fixed shift. */
    Long shiftId;

    @Column(nullable = false)
    boolean floatingPool;

    protected Employee() {}

    Employee(long clientId, String code, Instant now) {
        super(clientId, now);
        this.code = code;
    }

    void change(String name, Long lineId, Long shiftId, boolean floatingPool, boolean active, Instant now) {
        this.name = name;
        this.lineId = lineId;
        this.shiftId = shiftId;
        this.floatingPool = floatingPool;
        setActive(active);
        touch(now);
    }
}
