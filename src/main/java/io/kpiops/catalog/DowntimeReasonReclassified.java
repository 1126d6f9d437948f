package io.kpiops.catalog;

/**
 * Published inside the transaction that changes whether a downtime reason is planned or a setup / changeover reason,
 * so the downtime already recorded with it can be counted in its new class.
 */
public record DowntimeReasonReclassified(long clientId, long reasonId) {}
