package io.kpiops.workorders;

import io.kpiops.platform.persistence.TenantEntity;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** An operation (or line item) of a work order, in sequence; the client is always the order's. */
@Entity
@Table(name = "jobs")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class Job extends TenantEntity {

    @Column(nullable = false, updatable = false)
    Long workOrderId;

    int sequence;

    @Column(length = 50)
    String operationCode;

    @Column(nullable = false)
    String operationName;

    Long lineId;
    Integer plannedQuantity;
    int completedQuantity;
    int scrappedQuantity;

    @Column(precision = 10, scale = 2)
    BigDecimal plannedHours;

    @Column(precision = 10, scale = 2)
    BigDecimal actualHours;

    boolean completed;

    @Column(length = 500)
    String notes;

    protected Job() {}

    Job(WorkOrder order, Instant now) {
        super(order.clientId, now);
        this.workOrderId = order.getId();
    }

    void change(JobFields f, boolean active, Instant now) {
        sequence = f.sequence();
        operationCode = f.operationCode();
        operationName = f.operationName();
        lineId = f.lineId();
        plannedQuantity = f.plannedQuantity();
        completedQuantity = f.completedQuantity() == null ? 0 : f.completedQuantity();
        scrappedQuantity = f.scrappedQuantity() == null ? 0 : f.scrappedQuantity();
        plannedHours = f.plannedHours();
        actualHours = f.actualHours();
        completed = Boolean.TRUE.equals(f.completed());
        notes = f.notes();
        setActive(active);
        touch(now);
    }
}
