package io.kpiops.production;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Filtered to the caller's clients (tenant filter) and to entries not deleted. */
interface ProductionRepository extends JpaRepository<ProductionEntry, Long>, JpaSpecificationExecutor<ProductionEntry> {

    /** [work order id, units produced, units scrapped] per order. */
    @Query("""
            select p.workOrderId, sum(p.unitsProduced), sum(p.scrapCount) from ProductionEntry p
            where p.workOrderId in :ids group by p.workOrderId
            """)
    List<Object[]> outputOf(Collection<Long> ids);
}
