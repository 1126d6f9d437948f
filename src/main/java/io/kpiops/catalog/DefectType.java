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

/** A kind of defect in a client's catalogue, used by quality entries' defect details. */
@Entity
@Table(name = "defect_types")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class DefectType extends TenantEntity {

    /** How bad a defect of this kind is. */
    enum Severity { CRITICAL, MAJOR, MINOR }

    @Column(nullable = false, length = 50, updatable = false)
    String code;

    @Column(nullable = false, length = 100)
    String name;

    @Column(length = 500)
    String description;

    @Column(nullable = false, length = 50)
    String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    Severity severity;

    @Column(length = 50)
    String standardCode;

    @Column(nullable = false)
    int sortOrder;

    protected DefectType() {}

    DefectType(long clientId, String code, Instant now) {
        super(clientId, now);
        this.code = code;
    }

    void change(String name, String description, String category, Severity severity, String standardCode, int sortOrder,
            boolean active, Instant now) {
        this.name = name;
        this.description = description;
        this.category = category;
        this.severity = severity;
        this.standardCode = standardCode;
        this.sortOrder = sortOrder;
        setActive(active);
        touch(now);
    }
}
