package io.kpiops.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The Redis server of tests that need one: KPI_TEST_REDIS_URL (CI always sets it); such tests skip without it. */
public final class TestRedis {

    public static final String URL = System.getenv("KPI_TEST_REDIS_URL");

    private TestRedis() {}

    /** Points the application's KPI_REDIS_URL at the test server (or at none). */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("kpi.redis-url", () -> URL == null ? "" : URL);
    }

    /** Skips the calling test class when no server is named. */
    public static void required() {
        assumeTrue(URL != null && !URL.isBlank(), "KPI_TEST_REDIS_URL not set");
    }
}
