package io.kpiops.clients;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KpiTargetRepository extends JpaRepository<KpiTarget, Long> {

    List<KpiTarget> findByClientId(long clientId);

    Optional<KpiTarget> findByClientIdAndKpi(long clientId, KpiKey kpi);
}
