package io.kpiops.clients;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every query here is filtered to the caller's clients by the tenant filter. */
interface ClientRepository extends JpaRepository<Client, Long> {

    boolean existsByCodeIgnoreCase(String code);

    List<Client> findByIdIn(Collection<Long> ids);

    List<Client> findByActiveTrueOrderByCode();

    @Query("""
            select c from Client c
            where (:q is null or lower(c.code) like :q or lower(c.name) like :q)
              and (:active is null or c.active = :active)
            """)
    Page<Client> search(String q, Boolean active, Pageable pageable);
}
