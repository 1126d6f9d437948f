package io.kpiops.quality;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Filtered to the caller's clients (tenant filter) and to entries not deleted. */
interface QualityRepository extends JpaRepository<QualityEntry, Long>, JpaSpecificationExecutor<QualityEntry> {}
