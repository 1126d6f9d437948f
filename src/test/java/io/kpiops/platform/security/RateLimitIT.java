package io.kpiops.platform.security;

import static io.kpiops.support.Api.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.TestDatabaseInitializer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** The sign-in endpoints take 10 requests a minute per address (the default), then answer 429 with Retry-After. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kpi.demo-data=false", "kpi.jwt-secret=integration-test-secret-of-at-least-32-bytes",
            "spring.main.banner-mode=off", "logging.level.root=WARN"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void theEleventhSignInRequestOfAMinuteIsRefused() {
        Api api = new Api(port);
        for (int i = 1; i <= 10; i++) {
            Response r = api.post("/api/token", Map.of("username", "nobody", "password", "Wrong!Pass" + i), none());
            assertThat(r.status()).as("request %d", i).isEqualTo(401);
        }
        Response refused = api.post("/api/token/refresh", Map.of("refresh_token", "x"), none());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("code").asString()).isEqualTo("rate_limited");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.json().get("retry_after_seconds").asLong()).isEqualTo(retryAfter);
        // other endpoints are not limited
        assertThat(api.get("/actuator/health", none()).status()).isEqualTo(200);
    }
}
