package io.kpiops.catalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Filtered to the caller's clients by the tenant filter. */
interface ShiftRepository extends JpaRepository<Shift, Long> {

    java.util.List<Shift> findByClientId(long clientId);

    boolean existsByClientIdAndNameIgnoreCase(long clientId, String name);

    boolean existsByClientIdAndNameIgnoreCaseAndIdNot(long clientId, String name, long id);

    @Query("""
            select e from Shift e
            where (:clientId is null or e.clientId = :clientId)
              and (:q is null or lower(e.name) like :q)
              and (:active is null or e.active = :active)
            """)
    Page<Shift> search(Long clientId, String q, Boolean active, Pageable pageable);
}
