package io.kpiops.dashboards.tv;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Display tokens and the TV figures through the HTTP API. The plant is built around the real clock: client A's only
 * shift started two hours ago (8 h, no breaks), line L1 made 30 units (3 defects) in 1.5 h of run time at 0.05 h per
 * unit, and a 30-minute breakdown on L1 started ten minutes ago. By hand: availability 1.5 ÷ 8 = 18.75 %, performance
 * 0.05 × 30 ÷ 1.5 = 100 %, quality 27 ÷ 30 = 90 %, OEE 16.875 → 16.88 %; shift target 480 ÷ 3 = 160 units, so far
 * elapsed ÷ 3. Client B is another tenant with its own line and display.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TvApiIT {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @LocalServerPort
    int port;

    Api api;
    String admin;
    String poweruser;
    String leader;
    String operator;
    long clientA;
    long clientB;
    long lineA;
    long lineA2;
    long lineB;
    long shiftA;
    long shiftB;
    String shiftStart;

    @BeforeAll
    void plant() {
        api = new Api(port);
        admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        clientA = api.createClient(admin, "TA" + n);
        clientB = api.createClient(admin, "TB" + n);
        api.createUser(admin, "tvpower" + n, "poweruser", "Power!Plant26", clientA);
        api.createUser(admin, "tvlead" + n, "leader", "Leader!Plant26", clientA);
        api.createUser(admin, "tvop" + n, "operator", "Operator!Plant26", clientA);
        poweruser = api.token("tvpower" + n, "Power!Plant26");
        leader = api.token("tvlead" + n, "Leader!Plant26");
        operator = api.token("tvop" + n, "Operator!Plant26");

        ZonedDateTime now = ZonedDateTime.now(Api.PLANT_ZONE).withSecond(0).withNano(0);
        ZonedDateTime start = now.minusHours(2);
        shiftStart = start.format(HH_MM);
        shiftA = create("/api/shifts", Map.of("client_id", clientA, "name", "Current", "start", shiftStart,
                "end", start.plusHours(8).format(HH_MM), "breaks", List.of()));
        lineA = create("/api/lines", Map.of("client_id", clientA, "code", "L1", "name", "Line 1"));
        lineA2 = create("/api/lines", Map.of("client_id", clientA, "code", "L2", "name", "Line 2"));
        long product = create("/api/products", Map.of("client_id", clientA, "code", "STD", "name", "Standard",
                "ideal_cycle_time_hours", 0.05));
        String day = start.toLocalDate().toString();
        create("/api/production", Map.of("client_id", clientA, "shift_date", day, "shift_id", shiftA,
                "line_id", lineA, "product_id", product, "units_produced", 30, "defect_count", 3,
                "run_time_hours", "1.50", "employees_assigned", 2));
        LocalTime stopStart = now.minusMinutes(10).toLocalTime();
        create("/api/downtime", Map.of("client_id", clientA, "shift_date", day, "shift_id", shiftA, "line_id", lineA,
                "reason_id", reason(clientA, "BREAKDOWN"), "start_time", stopStart.format(HH_MM),
                "end_time", stopStart.plusMinutes(30).format(HH_MM)));

        shiftB = create("/api/shifts", Map.of("client_id", clientB, "name", "Theirs", "start", "06:00", "end", "14:00",
                "breaks", List.of()));
        lineB = create("/api/lines", Map.of("client_id", clientB, "code", "L1", "name", "Their line"));
    }

    @Test
    void aDisplayTokenShowsItsLinesCurrentShift() {
        JsonNode created = display(poweruser, clientA, lineA, "Line 1 wall screen");
        String cookie = session(created);

        JsonNode tv = tvAs(cookie, "");
        assertThat(tv.get("client_id").asLong()).isEqualTo(clientA);
        assertThat(tv.get("line_name").asString()).isEqualTo("Line 1");
        assertThat(tv.get("display_name").asString()).isEqualTo("Line 1 wall screen");
        assertThat(tv.get("time_zone").asString()).isEqualTo(Api.PLANT_ZONE.getId());
        JsonNode shift = tv.get("shift");
        assertThat(shift.get("name").asString()).isEqualTo("Current");
        assertThat(shift.get("start").asString()).isEqualTo(shiftStart);
        assertThat(shift.get("running").asBoolean()).isTrue();
        int elapsed = shift.get("elapsed_minutes").asInt();
        assertThat(elapsed).isBetween(120, 125);
        JsonNode units = tv.get("units");
        assertThat(units.get("actual").asLong()).isEqualTo(30);
        assertThat(units.get("good").asLong()).isEqualTo(27);
        assertThat(units.get("target_shift").asLong()).isEqualTo(160);
        assertThat(units.get("target_so_far").asLong()).isEqualTo(elapsed / 3);
        assertThat(units.get("product").asString()).isEqualTo("Standard");
        JsonNode oee = tv.get("oee");
        assertThat(oee.get("availability").get("value").decimalValue()).isEqualByComparingTo("18.75");
        assertThat(oee.get("performance").get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(oee.get("quality").get("value").decimalValue()).isEqualByComparingTo("90");
        assertThat(oee.get("oee").get("value").decimalValue()).isEqualByComparingTo("16.88");
        assertThat(oee.get("oee").get("status").asString()).isEqualTo("red");
        JsonNode status = tv.get("status");
        assertThat(status.get("state").asString()).isEqualTo("down");
        assertThat(status.get("reason").asString()).isEqualTo("Equipment breakdown");
        assertThat(status.get("planned").asBoolean()).isFalse();
        JsonNode top = tv.get("top_downtime");
        assertThat(top).hasSize(1);
        assertThat(top.get(0).get("code").asString()).isEqualTo("BREAKDOWN");
        assertThat(top.get(0).get("minutes").decimalValue()).isEqualByComparingTo("30");
        assertThat(tv.get("last_entry_at").isNull()).isFalse();

        // the token was used: the list shows when
        JsonNode listed = find(list(poweruser, clientA), created.get("id").asLong());
        assertThat(listed.get("last_used_at").isNull()).isFalse();
    }

    @Test
    void theSecretIsShownOnceAndTheCreateAndRevokeAreAudited() {
        JsonNode created = display(poweruser, clientA, lineA, "Audited screen");
        String secret = created.get("token").asString();
        assertThat(secret).startsWith("kpd_");
        assertThat(created.get("url").asString()).isEqualTo("/tv/" + created.get("id").asLong() + "#token=" + secret);
        long id = created.get("id").asLong();
        JsonNode listed = find(list(poweruser, null), id);
        assertThat(listed.get("token").isNull()).isTrue();
        assertThat(listed.get("url").isNull()).isTrue();
        assertThat(listed.get("revoked").asBoolean()).isFalse();
        assertThat(listed.toString()).doesNotContain(secret);

        assertThat(api.send("DELETE", "/api/dashboards/displays/" + id, null, null, bearer(poweruser)).status())
                .isEqualTo(204);
        assertThat(find(list(poweruser, clientA), id).get("revoked").asBoolean()).isTrue();

        JsonNode audit = api.get("/api/audit?entity=DisplayToken&entity_id=" + id, bearer(admin)).json().get("items");
        assertThat(audit).extracting(e -> e.get("action").asString()).containsExactlyInAnyOrder("CREATE", "UPDATE");
        assertThat(audit.toString()).doesNotContain(secret);
    }

    @Test
    void aRevokedTokenStopsWorkingAtTheNextRequest() {
        JsonNode created = display(poweruser, clientA, lineA, "Soon revoked");
        String cookie = session(created);
        assertThat(get("/api/dashboards/tv", cookie).status()).isEqualTo(200);

        api.send("DELETE", "/api/dashboards/displays/" + created.get("id").asLong(), null, null, bearer(poweruser));

        Response after = get("/api/dashboards/tv", cookie);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("code").asString()).isEqualTo("display_revoked");
        Response again = api.post("/api/dashboards/displays/session", Map.of("display_id", created.get("id").asLong(),
                "token", created.get("token").asString()), Api.none());
        assertThat(again.status()).isEqualTo(401);
    }

    @Test
    void aDisplayCredentialReachesOnlyTheTvFiguresAndTheLiveStream() {
        String cookie = session(display(poweruser, clientA, lineA, "Read only"));
        for (String path : List.of("/api/production?client_id=" + clientA, "/api/downtime?client_id=" + clientA,
                "/api/kpi/summary?client_id=" + clientA + "&from=2026-01-01&to=2026-01-31", "/api/users/me",
                "/api/lines?client_id=" + clientA, "/api/dashboards/displays")) {
            assertThat(get(path, cookie).status()).as(path).isEqualTo(403);
        }
        Response write = api.post("/api/production", Map.of("client_id", clientA),
                Api.none().header("Cookie", cookie));
        assertThat(write.status()).isEqualTo(403);
        Response create = api.post("/api/dashboards/displays", Map.of("client_id", clientA, "line_id", lineA,
                "name", "Self-made"), Api.none().header("Cookie", cookie));
        assertThat(create.status()).isEqualTo(403);
        // the live-update stream (LiveUpdatesIT tests what it carries): a display may open it
        assertThat(api.openStream("/api/dashboards/events", Api.none().header("Cookie", cookie)).status()).isEqualTo(200);
    }

    @Test
    void aDisplayCannotSeeAnotherClientOrLine() {
        JsonNode created = display(poweruser, clientA, lineA, "Scoped");
        String cookie = session(created);
        JsonNode theirs = display(admin, clientB, lineB, "Their screen");
        assertThat(get("/api/dashboards/tv?client_id=" + clientB + "&line_id=" + lineB, cookie).status()).isEqualTo(404);
        assertThat(get("/api/dashboards/tv?line_id=" + lineA2, cookie).status()).isEqualTo(404);
        assertThat(get("/api/dashboards/tv?display_id=" + theirs.get("id").asLong(), cookie).status()).isEqualTo(404);
        // a token's secret opens only its own display
        Response swapped = api.post("/api/dashboards/displays/session", Map.of("display_id", theirs.get("id").asLong(),
                "token", created.get("token").asString()), Api.none());
        assertThat(swapped.status()).isEqualTo(401);
    }

    @Test
    void anotherClientsTokensAnswer404AndTheirLinesCannotBeUsed() {
        long theirs = display(admin, clientB, lineB, "Not yours").get("id").asLong();
        assertThat(list(poweruser, null)).extracting(d -> d.get("client_id").asLong()).doesNotContain(clientB);
        assertThat(api.get("/api/dashboards/displays?client_id=" + clientB, bearer(poweruser)).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/dashboards/displays/" + theirs, null, null, bearer(poweruser)).status())
                .isEqualTo(404);
        assertThat(find(list(admin, clientB), theirs).get("revoked").asBoolean()).isFalse();
        assertThat(post(poweruser, Map.of("client_id", clientB, "line_id", lineB, "name", "x")).status()).isEqualTo(404);
        Response foreignLine = post(poweruser, Map.of("client_id", clientA, "line_id", lineB, "name", "x"));
        assertThat(foreignLine.status()).isEqualTo(422);
        assertThat(foreignLine.json().get("errors").get(0).get("field").asString()).isEqualTo("line_id");
        Response foreignShift = post(poweruser, Map.of("client_id", clientA, "line_id", lineA, "shift_id", shiftB,
                "name", "x"));
        assertThat(foreignShift.json().get("errors").get(0).get("field").asString()).isEqualTo("shift_id");
        // a user previewing another client's display or line
        assertThat(api.get("/api/dashboards/tv?display_id=" + theirs, bearer(leader)).status()).isEqualTo(404);
        assertThat(api.get("/api/dashboards/tv?client_id=" + clientB + "&line_id=" + lineB, bearer(leader)).status())
                .isEqualTo(404);
    }

    @Test
    void onlyPowerusersAndAdminsManageTokensAndInputIsChecked() {
        assertThat(api.get("/api/dashboards/displays", bearer(leader)).status()).isEqualTo(403);
        assertThat(post(leader, Map.of("client_id", clientA, "line_id", lineA, "name", "x")).status()).isEqualTo(403);
        assertThat(post(operator, Map.of("client_id", clientA, "line_id", lineA, "name", "x")).status()).isEqualTo(403);
        Response blank = post(poweruser, Map.of("client_id", clientA, "line_id", lineA, "name", " "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        Response missing = api.get("/api/dashboards/tv", bearer(leader));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("client_id", "line_id");
        assertThat(api.get("/api/dashboards/tv", Api.none()).status()).isEqualTo(401);
    }

    @Test
    void aLeaderPreviewsWhatAScreenShows() {
        long id = display(poweruser, clientA, lineA, "Preview me").get("id").asLong();
        JsonNode byDisplay = ok(api.get("/api/dashboards/tv?display_id=" + id, bearer(leader)));
        assertThat(byDisplay.get("display_name").asString()).isEqualTo("Preview me");
        assertThat(byDisplay.get("units").get("actual").asLong()).isEqualTo(30);
        JsonNode byLine = ok(api.get("/api/dashboards/tv?client_id=" + clientA + "&line_id=" + lineA2, bearer(leader)));
        assertThat(byLine.get("line_name").asString()).isEqualTo("Line 2");
        assertThat(byLine.get("units").get("actual").asLong()).isZero();
        assertThat(byLine.get("status").get("state").asString()).isEqualTo("running");
        assertThat(byLine.get("top_downtime")).isEmpty();
    }

    /* ---- helpers ---- */

    private JsonNode display(String token, long client, long line, String name) {
        Response r = post(token, Map.of("client_id", client, "line_id", line, "name", name));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private Response post(String token, Map<String, Object> body) {
        return api.post("/api/dashboards/displays", new HashMap<>(body), bearer(token));
    }

    /** Exchanges the token for the display cookie and returns it as a Cookie header value. */
    private String session(JsonNode created) {
        Response r = api.post("/api/dashboards/displays/session", Map.of("display_id", created.get("id").asLong(),
                "token", created.get("token").asString()), Api.none());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String header = r.headers("Set-Cookie").stream().filter(c -> c.startsWith("kpi_display=")).findFirst()
                .orElseThrow();
        assertThat(header).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/api");
        return header.substring(0, header.indexOf(';'));
    }

    private Response get(String path, String cookie) {
        return api.get(path, Api.none().header("Cookie", cookie));
    }

    private JsonNode tvAs(String cookie, String query) {
        return ok(get("/api/dashboards/tv" + query, cookie));
    }

    private static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode list(String token, Long client) {
        return ok(api.get("/api/dashboards/displays" + (client == null ? "" : "?client_id=" + client), bearer(token)));
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode d : list) {
            if (d.get("id").asLong() == id) {
                return d;
            }
        }
        throw new AssertionError("display " + id + " not in " + list);
    }

    private long reason(long clientId, String code) {
        return api.downtimeReason(admin, clientId, code);
    }

    private long create(String path, Map<String, Object> body) {
        Response r = api.post(path, body, bearer(admin));
        assertThat(r.status()).as(path + " " + r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

}
