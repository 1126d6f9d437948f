package io.kpiops.users;

import static io.kpiops.support.Api.bearer;
import static io.kpiops.support.Api.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AuthApiIT {

    static final String PW = "Operator!Plant26";

    @LocalServerPort
    int port;

    Api api;
    String admin;
    long client;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
        client = api.createClient(admin, "C" + System.nanoTime() % 1_000_000);
    }

    private String newOperator() {
        String name = "op" + System.nanoTime();
        api.createUser(admin, name, "operator", PW, client);
        return name;
    }

    @Test
    void loginReturnsTokensAsJsonAndHttpOnlyCookies() {
        String name = newOperator();
        Response r = api.login(name, PW);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("token_type").asString()).isEqualTo("bearer");
        assertThat(r.json().get("expires_in").asInt()).isEqualTo(900);
        assertThat(r.json().get("user").get("role").asString()).isEqualTo("operator");
        assertThat(r.json().get("user").get("clients").get(0).get("id").asLong()).isEqualTo(client);
        assertThat(r.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("kpi_access=")
                .contains("HttpOnly").contains("SameSite=Strict").contains("Path=/api"));
        assertThat(r.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("kpi_refresh=").contains("HttpOnly"));
        String token = r.json().get("access_token").asString();
        assertThat(api.get("/api/users/me", bearer(token)).json().get("username").asString()).isEqualTo(name);
    }

    @Test
    void loginAcceptsTheOAuth2PasswordForm() {
        String name = newOperator();
        Response r = api.send("POST", "/api/token", "grant_type=password&username=" + name + "&password=Operator%21Plant26",
                "application/x-www-form-urlencoded", none());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("access_token").asString()).isNotBlank();
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String name = newOperator();
        Response wrong = api.login(name, "Wrong!Pass99");
        Response unknown = api.login("nobody-" + name, "Wrong!Pass99");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.json().get("code").asString()).isEqualTo("bad_credentials");
        assertThat(wrong.json().get("detail").asString()).isEqualTo(unknown.json().get("detail").asString());
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilAnAdminUnlocks() {
        String name = newOperator();
        for (int i = 0; i < 4; i++) {
            assertThat(api.login(name, "Wrong!Pass99").json().get("code").asString()).isEqualTo("bad_credentials");
        }
        Response fifth = api.login(name, "Wrong!Pass99");
        assertThat(fifth.json().get("code").asString()).isEqualTo("account_locked");
        assertThat(fifth.json().get("locked_until").asString()).isNotBlank();

        assertThat(api.login(name, PW).json().get("code").asString()).isEqualTo("account_locked");
        JsonAudit audit = new JsonAudit(api.get("/api/audit?entity=user&username=" + name + "&size=50", bearer(admin)).json());
        assertThat(audit.actions()).contains("LOCKED", "LOGIN_FAILED");

        long id = api.get("/api/users?q=" + name, bearer(admin)).json().get("items").get(0).get("id").asLong();
        assertThat(api.post("/api/users/" + id + "/unlock", null, bearer(admin)).status()).isEqualTo(204);
        assertThat(api.login(name, PW).status()).isEqualTo(200);
    }

    @Test
    void refreshRotatesAndAReplayedRefreshTokenEndsTheSession() {
        String name = newOperator();
        String first = api.login(name, PW).json().get("refresh_token").asString();

        Response rotated = api.post("/api/token/refresh", Map.of("refresh_token", first), none());
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.json().get("refresh_token").asString();
        assertThat(second).isNotEqualTo(first);

        Response replay = api.post("/api/token/refresh", Map.of("refresh_token", first), none());
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("code").asString()).isEqualTo("invalid_refresh_token");
        // the replay revoked the whole family, including the legitimate successor
        assertThat(api.post("/api/token/refresh", Map.of("refresh_token", second), none()).status()).isEqualTo(401);
    }

    @Test
    void logoutRevokesTheAccessTokenAndTheRefreshToken() {
        String name = newOperator();
        Response login = api.login(name, PW);
        String access = login.json().get("access_token").asString();
        String refresh = login.json().get("refresh_token").asString();

        // the token is used (and its verification remembered) before it is revoked
        assertThat(api.get("/api/users/me", bearer(access)).status()).isEqualTo(200);
        assertThat(api.post("/api/logout", null, bearer(access)).status()).isEqualTo(204);

        Response after = api.get("/api/users/me", bearer(access));
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("code").asString()).isEqualTo("invalid_token");
        assertThat(api.post("/api/token/refresh", Map.of("refresh_token", refresh), none()).status()).isEqualTo(401);
    }

    @Test
    void cookieSessionsNeedTheCsrfTokenForUnsafeMethods() {
        String name = newOperator();
        Response login = api.login(name, PW);
        String access = login.cookie("kpi_access");
        Api.Req cookieOnly = none().header("Cookie", "kpi_access=" + access);

        assertThat(api.get("/api/users/me", cookieOnly).status()).isEqualTo(200);
        Response forged = api.post("/api/users/me/password",
                Map.of("current_password", PW, "new_password", "Other!Plant26"), cookieOnly);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("code").asString()).isEqualTo("csrf");

        String xsrf = api.get("/api/users/me", cookieOnly).cookie("XSRF-TOKEN");
        assertThat(xsrf).isNotBlank();
        Api.Req withCsrf = none().header("Cookie", "kpi_access=" + access + "; XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf);
        Response ok = api.post("/api/users/me/password", Map.of("current_password", PW, "new_password", "Other!Plant26"), withCsrf);
        assertThat(ok.status()).isEqualTo(204);
    }

    @Test
    void passwordChangeAppliesThePolicyAndSignsOutOtherSessions() {
        String name = newOperator();
        String other = api.token(name, PW);
        String mine = api.token(name, PW);

        Response weak = api.post("/api/users/me/password", Map.of("current_password", PW, "new_password", "abcd1234"), bearer(mine));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().get("errors").findValuesAsString("field")).containsOnly("new_password");
        assertThat(weak.json().get("errors").findValuesAsString("message"))
                .contains("must contain an upper-case letter", "must contain a special character such as ! @ # $ %",
                        "must not contain a sequence of 4 such as 1234, 4321 or abcd");

        Response wrongCurrent = api.post("/api/users/me/password",
                Map.of("current_password", "Nope!Plant26", "new_password", "Fresh!Plant27"), bearer(mine));
        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(wrongCurrent.json().get("errors").get(0).get("field").asString()).isEqualTo("current_password");

        Response changed = api.post("/api/users/me/password",
                Map.of("current_password", PW, "new_password", "Fresh!Plant27"), bearer(mine));
        assertThat(changed.status()).isEqualTo(204);
        String renewed = changed.cookie("kpi_access");
        assertThat(renewed).isNotBlank();

        assertThat(api.get("/api/users/me", bearer(other)).status()).isEqualTo(401);
        assertThat(api.get("/api/users/me", bearer(renewed)).status()).isEqualTo(200);
        assertThat(api.login(name, PW).status()).isEqualTo(401);
        assertThat(api.login(name, "Fresh!Plant27").status()).isEqualTo(200);
    }

    @Test
    void aDeactivatedUsersTokenStopsWorkingAtOnce() {
        String name = newOperator();
        String token = api.token(name, PW);
        Response user = api.get("/api/users?q=" + name, bearer(admin));
        var u = user.json().get("items").get(0);
        Response off = api.put("/api/users/" + u.get("id").asLong(), Map.of("email", u.get("email").asString(),
                "full_name", "Gone", "role", "operator", "client_ids", java.util.List.of(client), "active", false,
                "version", u.get("version").asLong()), bearer(admin));
        assertThat(off.status()).isEqualTo(200);

        assertThat(api.get("/api/users/me", bearer(token)).status()).isEqualTo(401);
        Response again = api.login(name, PW);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.json().get("code").asString()).isEqualTo("account_inactive");
    }

    @Test
    void selfRegistrationIsRefused() {
        Response r = api.post("/api/register", Map.of("username", "someone", "password", "Some!Plant26"), none());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("code").asString()).isEqualTo("registration_disabled");
    }

    /** The actions of an audit page. */
    record JsonAudit(tools.jackson.databind.JsonNode page) {
        java.util.List<String> actions() {
            return page.get("items").findValuesAsString("action");
        }
    }
}
