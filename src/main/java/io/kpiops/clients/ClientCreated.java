package io.kpiops.clients;

/** Published inside the transaction that creates a client, so other modules can give it their defaults. */
public record ClientCreated(long clientId, String code) {}
