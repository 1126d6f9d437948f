package io.kpiops.workorders;

import io.kpiops.platform.persistence.VersionedEntity;
import io.kpiops.platform.tenancy.TenantFilter;
import io.kpiops.platform.tenancy.TenantGuard;
import io.kpiops.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;

/**
 * A customer order of a client for one product. Its status only changes through {@link #moveTo}, which the service
 * calls after checking the transition, so that every change is logged. Dates are plant-local days.
 */
@Entity
@Table(name = "work_orders")
@EntityListeners(TenantGuard.class)
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class WorkOrder extends VersionedEntity implements TenantOwned {

    @Column(nullable = false, updatable = false)
    Long clientId;

    @Column(nullable = false, length = 50, updatable = false)
    String number;

    @Column(nullable = false)
    Long productId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    WorkOrderStatus status = WorkOrderStatus.ACTIVE;

    /** The status before the current hold, to return to on resume. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    WorkOrderStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    Priority priority = Priority.NORMAL;

    int plannedQuantity;
    int deliveredQuantity;
    LocalDate plannedStartDate;
    LocalDate plannedShipDate;
    LocalDate requiredDate;
    LocalDate actualStartDate;
    LocalDate actualDeliveryDate;

    /** Hours per unit for this order, overriding the product's standard when set. */
    @Column(precision = 12, scale = 6)
    BigDecimal idealCycleTimeHours;

    @Column(length = 100)
    String customerPoNumber;

    @Column(length = 1000)
    String notes;

    protected WorkOrder() {}

    WorkOrder(long clientId, String number, Instant now) {
        super(now);
        this.clientId = clientId;
        this.number = number;
    }

    void change(WorkOrderFields f, Instant now) {
        productId = f.productId();
        priority = f.priority() == null ? Priority.NORMAL : f.priority();
        plannedQuantity = f.plannedQuantity();
        deliveredQuantity = f.deliveredQuantity() == null ? 0 : f.deliveredQuantity();
        plannedStartDate = f.plannedStartDate();
        plannedShipDate = f.plannedShipDate();
        requiredDate = f.requiredDate();
        actualStartDate = f.actualStartDate();
        actualDeliveryDate = f.actualDeliveryDate();
        idealCycleTimeHours = f.idealCycleTimeHours();
        customerPoNumber = f.customerPoNumber();
        notes = f.notes();
        touch(now);
    }

    void moveTo(WorkOrderStatus to, Instant now) {
        previousStatus = to == WorkOrderStatus.ON_HOLD ? status : null;
        status = to;
        touch(now);
    }

    void deliver(LocalDate date, int quantity) {
        actualDeliveryDate = date;
        deliveredQuantity = quantity;
    }

    WorkOrderFields fields() {
        return new WorkOrderFields(number, productId, priority, plannedQuantity, deliveredQuantity, plannedStartDate,
                plannedShipDate, requiredDate, actualStartDate, actualDeliveryDate, idealCycleTimeHours, customerPoNumber,
                notes);
    }

    public Long getClientId() {
        return clientId;
    }

    @Override
    public Long tenantId() {
        return clientId;
    }
}
