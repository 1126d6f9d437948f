package io.kpiops.dashboards.live;

import io.lettuce.core.RedisClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The fan-out: Redis pub/sub when KPI_REDIS_URL is set (the platform's Lettuce client), else in-process. */
@Configuration
class LiveConfig {

    @Configuration
    @ConditionalOnExpression("'${kpi.redis-url:}' != ''")
    static class WithRedis {

        @Bean(destroyMethod = "close")
        RedisFanout redisFanout(RedisClient redis, LiveStreams streams, JsonMapper json) {
            return new RedisFanout(redis, streams, json);
        }
    }

    @Bean
    @ConditionalOnMissingBean(LiveFanout.class)
    LiveFanout localFanout(LiveStreams streams) {
        return streams::deliver;
    }
}
