package io.kpiops.platform.security;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** An access token stops working when it expires, although its signature was verified (and remembered) before. */
@IntegrationTest
@Import(AccessTokenExpiryIT.Clocks.class)
class AccessTokenExpiryIT {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void aVerifiedTokenIsRefusedOnceItHasExpired() {
        Api api = new Api(port);
        String token = api.adminToken();
        assertThat(api.get("/api/users/me", bearer(token)).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(14)); // of 15; still valid, answered from the verified tokens
        assertThat(api.get("/api/users/me", bearer(token)).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(2)); // past expiry and the 30 s of allowed clock skew
        Response expired = api.get("/api/users/me", bearer(token));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("code").asString()).isEqualTo("invalid_token");
    }
}
