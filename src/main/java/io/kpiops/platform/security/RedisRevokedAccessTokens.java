package io.kpiops.platform.security;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The Redis-backed revocation list: one key per revoked token, expiring with the token. */
class RedisRevokedAccessTokens implements RevokedAccessTokens {

    private static final String PREFIX = "kpi:revoked:";

    private final StatefulRedisConnection<String, String> redis;
    private final Clock clock;

    RedisRevokedAccessTokens(StatefulRedisConnection<String, String> redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public void revoke(String jti, Instant expiresAt) {
        long seconds = Math.max(1, Duration.between(clock.instant(), expiresAt).getSeconds() + 1);
        redis.sync().set(PREFIX + jti, "1", SetArgs.Builder.ex(seconds));
    }

    @Override
    public boolean isRevoked(String jti) {
        return redis.sync().exists(PREFIX + jti) > 0;
    }
}
