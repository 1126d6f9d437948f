package io.kpiops.platform.security;

import java.time.Instant;

/**
 * Access tokens revoked before they expire (logout). Kept in the database, or in Redis when KPI_REDIS_URL is set, so
 * that every app node rejects them.
 */
public interface RevokedAccessTokens {

    void revoke(String jti, Instant expiresAt);

    boolean isRevoked(String jti);
}
