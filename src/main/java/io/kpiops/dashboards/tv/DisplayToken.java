package io.kpiops.dashboards.tv;

import java.time.Instant;

/** A stored display token (the secret itself is never stored, only its hash). */
record DisplayToken(long id, long clientId, long lineId, Long shiftId, String name, String createdByName,
        Instant createdAt, Instant lastUsedAt, Instant revokedAt, String revokedByName) {

    boolean revoked() {
        return revokedAt != null;
    }
}
