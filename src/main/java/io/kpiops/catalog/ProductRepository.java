package io.kpiops.catalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Filtered to the caller's clients by the tenant filter. */
interface ProductRepository extends JpaRepository<Product, Long> {

    java.util.List<Product> findByClientId(long clientId);

    boolean existsByClientIdAndCodeIgnoreCase(long clientId, String code);

    @Query("""
            select e from Product e
            where (:clientId is null or e.clientId = :clientId)
              and (:q is null or lower(e.code) like :q or lower(e.name) like :q)
              and (:active is null or e.active = :active)
            """)
    Page<Product> search(Long clientId, String q, Boolean active, Pageable pageable);
}
