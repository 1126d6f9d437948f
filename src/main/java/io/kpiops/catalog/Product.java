package io.kpiops.catalog;

import io.kpiops.platform.persistence.TenantEntity;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** A product (style, part) with its ideal cycle time in hours per unit; without one, the KPI engine infers it. */
@Entity
@Table(name = "products")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class Product extends TenantEntity {

    @Column(nullable = false, length = 50, updatable = false)
    String code;

    @Column(nullable = false, length = 100)
    String name;

    @Column(length = 1000)
    String description;

    @Column(precision = 12, scale = 6)
    BigDecimal idealCycleTimeHours;

    @Column(nullable = false, length = 20)
    String unitOfMeasure;

    /** Defect opportunities per unit for DPMO; null means the client's default (then 1). */
    Integer defectOpportunities;

    protected Product() {}

    Product(long clientId, String code, Instant now) {
        super(clientId, now);
        this.code = code;
    }

    void change(String name, String description, BigDecimal idealCycleTimeHours, String unitOfMeasure,
            Integer defectOpportunities, boolean active, Instant now) {
        this.name = name;
        this.defectOpportunities = defectOpportunities;
        this.description = description;
        this.idealCycleTimeHours = idealCycleTimeHours;
        this.unitOfMeasure = unitOfMeasure;
        setActive(active);
        touch(now);
    }
}
