package io.kpiops.platform.web;

import static io.kpiops.support.Api.bearer;
import static io.kpiops.support.Api.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every failure is a problem detail with type, title, status, detail and code, and never leaks internals. */
@IntegrationTest
class ErrorContractIT {

    @LocalServerPort
    int port;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
    }

    private static void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("code").asString()).isEqualTo(code);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:kpiops:problem:" + code);
        assertThat(r.json().get("title").asString()).isNotBlank();
        assertThat(r.text()).doesNotContain("Exception", "at io.kpiops", "SQL", "select ");
    }

    @Test
    void unknownApiRouteIs404() {
        assertProblem(api.get("/api/no-such-thing", bearer(admin)), 404, "no_such_endpoint");
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(api.send("DELETE", "/api/clients", null, null, bearer(admin)), 405, "method_not_allowed");
    }

    @Test
    void wrongMediaTypeIs415() {
        assertProblem(api.send("POST", "/api/clients", "code=x", "text/plain", bearer(admin)), 415, "unsupported_media_type");
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(api.send("POST", "/api/clients", "{\"code\": ", "application/json", bearer(admin)), 400, "malformed_body");
    }

    @Test
    void badParameterTypeIs400NamingTheParameter() {
        Response r = api.get("/api/clients/abc", bearer(admin));
        assertProblem(r, 400, "bad_parameter");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void missingOrGarbageTokenIs401() {
        assertProblem(api.get("/api/clients", none()), 401, "unauthenticated");
        assertProblem(api.get("/api/clients", bearer("not-a-jwt")), 401, "invalid_token");
    }

    @Test
    void securityHeadersAreSent() {
        Response r = api.get("/api/users/me", bearer(admin));
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(r.header("Strict-Transport-Security")).isNull(); // only in the prod profile
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsAreForAdmins() {
        assertThat(api.get("/actuator/health", none()).status()).isEqualTo(200);
        assertThat(api.get("/actuator/metrics", none()).status()).isEqualTo(401);
        assertThat(api.get("/actuator/metrics", bearer(admin)).status()).isEqualTo(200);
    }
}
