package io.kpiops.catalog;

import io.kpiops.platform.persistence.TenantEntity;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/**
 * A reason a line stood still, in a category; planned reasons reduce planned busy time, unplanned ones are
 * availability losses. Setup/changeover reasons are unplanned unless the client treats setup as planned.
 */
@Entity
@Table(name = "downtime_reasons")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class DowntimeReason extends TenantEntity {

    @Column(nullable = false, length = 50, updatable = false)
    String code;

    @Column(nullable = false, length = 100)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    DowntimeCategory category;

    @Column(nullable = false)
    boolean planned;

    @Column(nullable = false)
    boolean setup;

    protected DowntimeReason() {}

    DowntimeReason(long clientId, String code, Instant now) {
        super(clientId, now);
        this.code = code;
    }

    void change(String name, DowntimeCategory category, boolean planned, boolean setup, boolean active, Instant now) {
        this.name = name;
        this.category = category;
        this.planned = planned;
        this.setup = setup;
        setActive(active);
        touch(now);
    }
}
