package io.kpiops.workorders;

import io.kpiops.platform.tenancy.TenantFilter;
import io.kpiops.platform.tenancy.TenantGuard;
import io.kpiops.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;

/** One status change of a work order (from is null for its creation): who, when and why. Never changed. */
@Entity
@Immutable
@Table(name = "work_order_transitions")
@EntityListeners(TenantGuard.class)
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class WorkOrderTransition implements TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    Long clientId;

    @Column(nullable = false)
    Long workOrderId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    WorkOrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    WorkOrderStatus toStatus;

    @Column(length = 500)
    String reason;

    Long userId;

    @Column(nullable = false, length = 100)
    String username;

    @Column(nullable = false)
    Instant at;

    protected WorkOrderTransition() {}

    WorkOrderTransition(WorkOrder order, WorkOrderStatus from, String reason, Long userId, String username, Instant at) {
        this.clientId = order.clientId;
        this.workOrderId = order.getId();
        this.fromStatus = from;
        this.toStatus = order.status;
        this.reason = reason;
        this.userId = userId;
        this.username = username;
        this.at = at;
    }

    @Override
    public Long tenantId() {
        return clientId;
    }
}
