/**
 * The KPI engine: the pure core ({@code calc}, {@code inference}), the gatherers that sum a client's entries in SQL
 * per group and inference class (never loading a period's entries), and the {@code /api/kpi} read API. Gatherers read
 * the entry tables with plain SQL, written once for SQLite, MariaDB and PostgreSQL; settings and targets come from the
 * clients module's public service.
 */
package io.kpiops.kpi;
