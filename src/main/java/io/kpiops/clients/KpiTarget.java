package io.kpiops.clients;

import io.kpiops.platform.persistence.TenantEntity;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A client's own target / warning / critical for one KPI, overriding the global default. */
@Entity
@Table(name = "kpi_targets")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class KpiTarget extends TenantEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    KpiKey kpi;

    @Column(nullable = false, precision = 14, scale = 4)
    BigDecimal target;

    @Column(nullable = false, precision = 14, scale = 4)
    BigDecimal warning;

    @Column(nullable = false, precision = 14, scale = 4)
    BigDecimal critical;

    protected KpiTarget() {}

    KpiTarget(long clientId, KpiKey kpi, Instant now) {
        super(clientId, now);
        this.kpi = kpi;
    }

    void change(KpiKey.Thresholds t, Instant now) {
        this.target = t.target();
        this.warning = t.warning();
        this.critical = t.critical();
        touch(now);
    }

    KpiKey.Thresholds thresholds() {
        return new KpiKey.Thresholds(target, warning, critical);
    }
}
