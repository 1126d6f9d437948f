package io.kpiops.reports.subscriptions;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportDeliveryRepository extends JpaRepository<ReportDelivery, Long> {

    Page<ReportDelivery> findBySubscriptionId(long subscriptionId, Pageable pageable);

    /** Whether a scheduled run was already delivered (a run repeated after a node died must not mail twice). */
    boolean existsBySubscriptionIdAndDueAtAndTriggerAndStatus(long subscriptionId, Instant dueAt,
            ReportDelivery.Trigger trigger, ReportDelivery.Status status);
}
