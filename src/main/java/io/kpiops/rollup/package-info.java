/**
 * The daily production roll-up (ADR 0018): per client and production day, the sums of the production entries that a
 * trend's production statement needs, kept in {@code production_day_rollup} so a one-year trend reads a few rows a
 * day instead of every entry. {@link io.kpiops.rollup.ProductionRollup} is the whole public face: writers of
 * production entries and of their matched downtime mark the days they touched as stale, in their own transaction; a
 * trend rebuilds the stale days of its window before it reads; a periodic pass rebuilds the rest. Depends on the
 * platform only, so every entry module may use it.
 */
package io.kpiops.rollup;
