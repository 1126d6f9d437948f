package io.kpiops.downtime;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Filtered to the caller's clients (tenant filter) and to entries not deleted. */
interface DowntimeRepository extends JpaRepository<DowntimeEntry, Long>, JpaSpecificationExecutor<DowntimeEntry> {}
