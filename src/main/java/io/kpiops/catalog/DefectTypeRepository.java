package io.kpiops.catalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Filtered to the caller's clients by the tenant filter. */
interface DefectTypeRepository extends JpaRepository<DefectType, Long> {

    boolean existsByClientIdAndCodeIgnoreCase(long clientId, String code);

    java.util.List<DefectType> findByClientId(long clientId);

    @Query("""
            select e from DefectType e
            where (:clientId is null or e.clientId = :clientId)
              and (:q is null or lower(e.code) like :q or lower(e.name) like :q)
              and (:active is null or e.active = :active)
            """)
    Page<DefectType> search(Long clientId, String q, Boolean active, Pageable pageable);
}
