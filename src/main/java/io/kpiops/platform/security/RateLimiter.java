package io.kpiops.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets for the authentication endpoints (N requests a minute per key, e.g. per IP and per username), local
 * to the node or shared through Redis.
 */
public class RateLimiter {

    private static final int MAX_LOCAL_KEYS = 100_000;

    private final BucketConfiguration configuration;
    private final ProxyManager<String> shared;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, ProxyManager<String> shared) {
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build())
                .build();
        this.shared = shared;
    }

    /** Takes one token; the probe says whether it was granted and, if not, how long until the next one. */
    public ConsumptionProbe tryConsume(String key) {
        return bucket(key).tryConsumeAndReturnRemaining(1);
    }

    private Bucket bucket(String key) {
        if (shared != null) {
            return shared.getProxy("kpi:rate:" + key, () -> configuration);
        }
        if (local.size() > MAX_LOCAL_KEYS) {
            local.clear(); // a crude bound; refilled buckets carry no information worth keeping
        }
        return local.computeIfAbsent(key, k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
    }

    /** Whole seconds until a refused caller may try again (at least 1). */
    public static long retryAfterSeconds(ConsumptionProbe probe) {
        return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}
