package io.kpiops.workorders;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Filtered to the caller's clients by the tenant filter. */
interface WorkOrderTransitionRepository extends JpaRepository<WorkOrderTransition, Long> {

    List<WorkOrderTransition> findByWorkOrderIdOrderByAtAscIdAsc(long workOrderId);

    /** The order's latest log row (its creation at least). */
    java.util.Optional<WorkOrderTransition> findFirstByWorkOrderIdOrderByAtDescIdDesc(long workOrderId);
}
