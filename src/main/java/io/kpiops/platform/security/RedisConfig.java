package io.kpiops.platform.security;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.kpiops.platform.config.KpiProperties;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Shared state of a multi-node installation: with KPI_REDIS_URL set, token revocation and rate-limit buckets live in
 * Redis; without it, in the database and in memory.
 */
@Configuration
class RedisConfig {

    @Configuration
    @ConditionalOnExpression("'${kpi.redis-url:}' != ''")
    static class WithRedis {

        @Bean(destroyMethod = "shutdown")
        RedisClient redisClient(KpiProperties props) {
            return RedisClient.create(props.redisUrl());
        }

        @Bean(destroyMethod = "close")
        StatefulRedisConnection<String, String> redisConnection(RedisClient client) {
            return client.connect();
        }

        @Bean
        RevokedAccessTokens redisRevokedAccessTokens(StatefulRedisConnection<String, String> connection, Clock clock) {
            return new RedisRevokedAccessTokens(connection, clock);
        }

        @Bean
        RateLimiter redisRateLimiter(RedisClient client, KpiProperties props) {
            StatefulRedisConnection<String, byte[]> connection =
                    client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            ProxyManager<String> buckets = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(io.github.bucket4j.distributed.ExpirationAfterWriteStrategy
                            .basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(2)))
                    .build();
            return new RateLimiter(props.authRateLimitPerMinute(), buckets);
        }
    }

    @Bean
    @ConditionalOnMissingBean(RevokedAccessTokens.class)
    RevokedAccessTokens jdbcRevokedAccessTokens(JdbcClient jdbc, Clock clock) {
        return new JdbcRevokedAccessTokens(jdbc, clock);
    }

    @Bean
    @ConditionalOnMissingBean(RateLimiter.class)
    RateLimiter localRateLimiter(KpiProperties props) {
        return new RateLimiter(props.authRateLimitPerMinute(), null);
    }
}
