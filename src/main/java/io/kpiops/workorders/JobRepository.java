package io.kpiops.workorders;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Filtered to the caller's clients by the tenant filter. */
interface JobRepository extends JpaRepository<Job, Long> {

    List<Job> findByWorkOrderIdInOrderBySequence(Collection<Long> workOrderIds);

    boolean existsByWorkOrderIdAndSequence(long workOrderId, int sequence);

    @Query("""
            select j from Job j
            where (:clientId is null or j.clientId = :clientId)
              and (:workOrderId is null or j.workOrderId = :workOrderId)
              and (:lineId is null or j.lineId = :lineId)
              and (:active is null or j.active = :active)
            """)
    Page<Job> search(Long clientId, Long workOrderId, Long lineId, Boolean active, Pageable pageable);
}
