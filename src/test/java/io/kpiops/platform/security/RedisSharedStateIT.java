package io.kpiops.platform.security;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With KPI_REDIS_URL set, a logged-out token is recorded in Redis (so every node refuses it) and the sign-in rate
 * limit buckets live there. Runs when KPI_TEST_REDIS_URL names a Redis server (CI always sets it).
 */
@IntegrationTest
class RedisSharedStateIT {

    static final String REDIS = TestRedis.URL;

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        TestRedis.register(registry);
    }

    @BeforeAll
    static void needsRedis() {
        TestRedis.required();
    }

    @LocalServerPort
    int port;

    @Autowired
    RevokedAccessTokens revoked;

    @Autowired
    RateLimiter limiter;

    @Test
    void logoutRevocationIsStoredInRedis() {
        assertThat(revoked).isInstanceOf(RedisRevokedAccessTokens.class);
        Api api = new Api(port);
        String token = api.adminToken();
        assertThat(api.post("/api/logout", null, bearer(token)).status()).isEqualTo(204);
        assertThat(api.get("/api/users/me", bearer(token)).status()).isEqualTo(401);

        String id = jwtId(token);
        try (RedisClient client = RedisClient.create(REDIS); StatefulRedisConnection<String, String> c = client.connect()) {
            assertThat(c.sync().exists("kpi:revoked:" + id)).isEqualTo(1L);
            assertThat(c.sync().ttl("kpi:revoked:" + id)).isBetween(1L, 901L);
        }
    }

    @Test
    void rateLimitBucketsAreShared() {
        String key = "test:" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryConsume(key).isConsumed()).isTrue();
        }
        try (RedisClient client = RedisClient.create(REDIS); StatefulRedisConnection<String, String> c = client.connect()) {
            assertThat(c.sync().exists("kpi:rate:" + key)).isEqualTo(1L);
        }
    }

    private static String jwtId(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return Api.JSON.readTree(payload).get("jti").asString();
    }
}
