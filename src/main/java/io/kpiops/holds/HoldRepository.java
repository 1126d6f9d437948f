package io.kpiops.holds;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Filtered to the caller's clients (tenant filter) and to holds not deleted. */
interface HoldRepository extends JpaRepository<Hold, Long>, JpaSpecificationExecutor<Hold> {

    long countByWorkOrderIdAndStatus(long workOrderId, HoldStatus status);

    /** The latest end of the order's resumed holds (the order is released no earlier than this). */
    @Query("select max(h.resumedAt) from Hold h where h.workOrderId = :workOrderId and h.status = io.kpiops.holds.HoldStatus.RESUMED")
    Optional<Instant> latestResume(long workOrderId);
}
