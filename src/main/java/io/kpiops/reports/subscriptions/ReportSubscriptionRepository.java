package io.kpiops.reports.subscriptions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Filtered by the tenant filter to subscriptions whose clients are all in the caller's scope. */
interface ReportSubscriptionRepository extends JpaRepository<ReportSubscription, Long> {

    @Query("""
            select s from ReportSubscription s
            where (:ownerId is null or s.ownerId = :ownerId)
              and (:clientId is null or :clientId member of s.clientIds)
            """)
    Page<ReportSubscription> search(Long ownerId, Long clientId, Pageable pageable);

    /**
     * The scheduler's bookkeeping, not a user's edit: leaves the version alone so an open edit form stays valid. Native
     * SQL, because Hibernate applies the tenant filter to JPQL updates; callers have already loaded the row in scope.
     */
    @Modifying(clearAutomatically = true)
    @Query(value = "update report_subscriptions set next_run_at = :at where id = :id", nativeQuery = true)
    void setNextRun(long id, java.time.Instant at);
}
