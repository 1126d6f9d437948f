package io.kpiops.catalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Filtered to the caller's clients by the tenant filter. */
interface HoldReasonRepository extends JpaRepository<HoldReason, Long> {

    java.util.List<HoldReason> findByClientId(long clientId);

    boolean existsByClientIdAndCodeIgnoreCase(long clientId, String code);

    @Query("""
            select e from HoldReason e
            where (:clientId is null or e.clientId = :clientId)
              and (:q is null or lower(e.code) like :q or lower(e.name) like :q)
              and (:active is null or e.active = :active)
            """)
    Page<HoldReason> search(Long clientId, String q, Boolean active, Pageable pageable);
}
