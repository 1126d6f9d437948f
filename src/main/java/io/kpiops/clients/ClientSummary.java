package io.kpiops.clients;

/** What other modules may know of a client. */
public record ClientSummary(long id, String code, String name, String timeZone, boolean active) {}
