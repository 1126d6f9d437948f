package io.kpiops.users;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Expiry rules, checked by moving the application's clock instead of waiting. */
@IntegrationTest
@Import(TimeDependentAuthIT.Clocks.class)
class TimeDependentAuthIT {

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
    Clock clock;

    MutableClock time() {
        return (MutableClock) clock;
    }

    @Test
    void anAccessTokenExpiresAfterFifteenMinutesAndTheRefreshTokenRenewsIt() {
        Api api = new Api(port);
        var login = api.login("admin", Api.ADMIN_PASSWORD).json();
        String access = login.get("access_token").asString();

        time().advance(Duration.ofMinutes(14));
        assertThat(api.get("/api/users/me", bearer(access)).status()).isEqualTo(200);
        time().advance(Duration.ofMinutes(2));
        assertThat(api.get("/api/users/me", bearer(access)).status()).isEqualTo(401);

        var renewed = api.post("/api/token/refresh", Map.of("refresh_token", login.get("refresh_token").asString()), Api.none());
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(api.get("/api/users/me", bearer(renewed.json().get("access_token").asString())).status()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenExpiresAfterEightHours() {
        Api api = new Api(port);
        String refresh = api.login("admin", Api.ADMIN_PASSWORD).json().get("refresh_token").asString();
        time().advance(Duration.ofHours(8).plusMinutes(1));
        assertThat(api.post("/api/token/refresh", Map.of("refresh_token", refresh), Api.none()).status()).isEqualTo(401);
    }

    @Test
    void aLockoutEndsAfterFifteenMinutes() {
        Api api = new Api(port);
        String admin = api.adminToken();
        long client = api.createClient(admin, "LOCK1");
        api.createUser(admin, "locked-out", "operator", "Operator!Plant26", client);
        for (int i = 0; i < 5; i++) {
            api.login("locked-out", "Wrong!Pass99");
        }
        assertThat(api.login("locked-out", "Operator!Plant26").json().get("code").asString()).isEqualTo("account_locked");
        time().advance(Duration.ofMinutes(14));
        assertThat(api.login("locked-out", "Operator!Plant26").json().get("code").asString()).isEqualTo("account_locked");
        time().advance(Duration.ofMinutes(2));
        assertThat(api.login("locked-out", "Operator!Plant26").status()).isEqualTo(200);
    }
}
