/**
 * Matched downtime: each production entry keeps the downtime matched to it (KPI.md §7, ADR 0010) — record count and
 * minutes per reason class — so the KPI engine reads it instead of matching at every request. {@link
 * io.kpiops.matching.MatchedDowntime} owns the matching rule; every write that can change a match (production and
 * downtime entries, a downtime reason's class) calls it in its own transaction. Depends on the platform only (and
 * listens to the catalog's reclassification event), so the entry modules may all use it.
 */
package io.kpiops.matching;
