package io.kpiops.workorders;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Filtered to the caller's clients by the tenant filter; searches go through {@link WorkOrderService.Criteria}. */
interface WorkOrderRepository extends JpaRepository<WorkOrder, Long>, JpaSpecificationExecutor<WorkOrder> {

    boolean existsByClientIdAndNumberIgnoreCase(long clientId, String number);

    java.util.List<WorkOrder> findByClientId(long clientId);
}
