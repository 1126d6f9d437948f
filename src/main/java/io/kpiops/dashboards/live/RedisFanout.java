package io.kpiops.dashboards.live;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes events to the Redis channel {@value #CHANNEL} and delivers what the channel brings to this node's
 * streams. Pub/sub keeps nothing: a node that is down misses events, which its browsers make up for by reloading
 * their data when they reconnect.
 */
class RedisFanout implements LiveFanout, AutoCloseable {

    static final String CHANNEL = "kpi:live:entries";
    private static final Logger log = LoggerFactory.getLogger(RedisFanout.class);

    private final StatefulRedisConnection<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> subscriber;
    private final JsonMapper json;

    RedisFanout(RedisClient redis, LiveStreams streams, JsonMapper json) {
        this.json = json;
        this.publisher = redis.connect();
        this.subscriber = redis.connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                try {
                    streams.deliver(json.readValue(message, LiveEvent.class));
                } catch (RuntimeException e) {
                    log.warn("Unreadable live-update message on {}: {}", channel, e.getMessage());
                }
            }
        });
        subscriber.sync().subscribe(CHANNEL);
    }

    @Override
    public void publish(LiveEvent event) {
        // asynchronous: the committing request does not wait for Redis
        publisher.async().publish(CHANNEL, json.writeValueAsString(event));
    }

    @Override
    public void close() {
        subscriber.close();
        publisher.close();
    }
}
