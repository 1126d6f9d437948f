package io.kpiops.dashboards;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Saved dashboard filters and widget layouts through the HTTP API: CRUD, one default, validation, ownership. */
@IntegrationTest
class DashboardPrefsIT {

    static final String PASSWORD = "Leader!Plant26";

    @LocalServerPort
    int port;

    Api api;
    long client;
    long otherClient;
    String leader;
    String otherLeader;
    String poweruser;

    @BeforeEach
    void twoLeadersOfOneClientAndAPowerUser() {
        api = new Api(port);
        String admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        client = api.createClient(admin, "DP" + n);
        otherClient = api.createClient(admin, "DQ" + n);
        api.createUser(admin, "dp-lead" + n, "leader", PASSWORD, client);
        api.createUser(admin, "dp-lead2" + n, "leader", PASSWORD, client);
        api.createUser(admin, "dp-power" + n, "poweruser", PASSWORD, client, otherClient);
        leader = api.token("dp-lead" + n, PASSWORD);
        otherLeader = api.token("dp-lead2" + n, PASSWORD);
        poweruser = api.token("dp-power" + n, PASSWORD);
    }

    private Map<String, Object> filter(String name, boolean isDefault, Map<String, Object> definition) {
        return Map.of("name", name, "is_default", isDefault, "filter", definition);
    }

    private Map<String, Object> lastWeek() {
        return Map.of("preset", "last_week", "client_ids", List.of(client), "pooled", true, "line_id", 7);
    }

    private long create(String token, Map<String, Object> body) {
        Response r = api.post("/api/dashboards/filters", body, bearer(token));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private JsonNode list(String token) {
        return api.get("/api/dashboards/filters", bearer(token)).json();
    }

    @Test
    void aLeaderSavesRenamesMakesDefaultAndDeletesFilters() {
        long a = create(leader, filter(" Line 7 last week ", true, lastWeek()));
        JsonNode saved = list(leader).get(0);
        assertThat(saved.get("name").asString()).isEqualTo("Line 7 last week");
        assertThat(saved.get("is_default").asBoolean()).isTrue();
        assertThat(saved.get("filter").get("preset").asString()).isEqualTo("last_week");
        assertThat(saved.get("filter").get("line_id").asLong()).isEqualTo(7);
        assertThat(saved.get("filter").get("client_ids").get(0).asLong()).isEqualTo(client);
        assertThat(saved.get("filter").get("from").isNull()).isTrue();

        // a second default takes the flag from the first: one default per user
        long b = create(leader, filter("March", true, Map.of("preset", "custom", "from", "2026-03-01", "to", "2026-03-31",
                "client_ids", List.of(), "pooled", false)));
        JsonNode both = list(leader);
        assertThat(both).hasSize(2);
        assertThat(byId(both, a).get("is_default").asBoolean()).isFalse();
        assertThat(byId(both, b).get("is_default").asBoolean()).isTrue();
        assertThat(byId(both, b).get("filter").get("to").asString()).isEqualTo("2026-03-31");

        Response renamed = api.put("/api/dashboards/filters/" + a, filter("Line 7", false, lastWeek()), bearer(leader));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Line 7");

        assertThat(api.put("/api/dashboards/filters/" + a, filter("March", false, lastWeek()), bearer(leader)).json()
                .get("code").asString()).isEqualTo("conflict");
        assertThat(api.send("DELETE", "/api/dashboards/filters/" + b, null, null, bearer(leader)).status()).isEqualTo(204);
        assertThat(list(leader)).hasSize(1);
    }

    @Test
    void anotherUserCanNeitherSeeNorChangeNorDeleteMyFilter() {
        long mine = create(leader, filter("Mine", true, lastWeek()));
        assertThat(list(otherLeader)).isEmpty();
        Response change = api.put("/api/dashboards/filters/" + mine, filter("Theirs", false, lastWeek()), bearer(otherLeader));
        assertThat(change.status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/dashboards/filters/" + mine, null, null, bearer(otherLeader)).status())
                .isEqualTo(404);
        // their own default does not clear mine
        create(otherLeader, filter("Theirs", true, lastWeek()));
        JsonNode still = list(leader).get(0);
        assertThat(still.get("name").asString()).isEqualTo("Mine");
        assertThat(still.get("is_default").asBoolean()).isTrue();
    }

    @Test
    void badFiltersAreRefusedNamingEachField() {
        Response r = api.post("/api/dashboards/filters", filter("", false, Map.of("preset", "next_week",
                "client_ids", List.of(), "pooled", true)), bearer(leader));
        assertThat(r.status()).isEqualTo(422);
        assertThat(fields(r)).contains("name", "filter.preset");

        Response custom = api.post("/api/dashboards/filters", filter("Backwards", false, Map.of("preset", "custom",
                "from", "2026-03-31", "to", "2026-03-01", "client_ids", List.of(), "pooled", true)), bearer(leader));
        assertThat(custom.status()).isEqualTo(422);
        assertThat(fields(custom)).containsExactly("filter.to");

        Response open = api.post("/api/dashboards/filters", filter("Open", false, Map.of("preset", "custom",
                "client_ids", List.of(), "pooled", true)), bearer(leader));
        assertThat(fields(open)).containsExactly("filter.from", "filter.to");

        // a client outside the leader's scope cannot be saved into a filter
        Response foreign = api.post("/api/dashboards/filters", filter("Foreign", false, Map.of("preset", "today",
                "client_ids", List.of(otherClient), "pooled", true)), bearer(leader));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(fields(foreign)).containsExactly("filter.client_ids");
        assertThat(list(leader)).isEmpty();
    }

    @Test
    void aLayoutFallsBackToTheRoleDefaultIsStoredPerUserAndReset() {
        JsonNode leaderDefault = api.get("/api/dashboards/layouts/home", bearer(leader)).json();
        assertThat(leaderDefault.get("customized").asBoolean()).isFalse();
        assertThat(leaderDefault.get("widgets").get(0).get("key").asString()).isEqualTo("kpi_cards");
        JsonNode powerDefault = api.get("/api/dashboards/layouts/home", bearer(poweruser)).json();
        assertThat(powerDefault.get("widgets").get(0).get("key").asString()).isEqualTo("client_overview");

        List<Map<String, Object>> widgets = List.of(
                Map.of("key", "trend_oee", "x", 0, "y", 0, "w", 12, "h", 6, "hidden", false),
                Map.of("key", "kpi_cards", "x", 0, "y", 6, "w", 12, "h", 4, "hidden", true));
        Response stored = api.put("/api/dashboards/layouts/home", Map.of("widgets", widgets), bearer(leader));
        assertThat(stored.status()).isEqualTo(200);
        JsonNode mine = api.get("/api/dashboards/layouts/home", bearer(leader)).json();
        assertThat(mine.get("customized").asBoolean()).isTrue();
        assertThat(mine.get("widgets")).hasSize(2);
        assertThat(mine.get("widgets").get(1).get("hidden").asBoolean()).isTrue();
        assertThat(mine.get("widgets").get(0).get("w").asInt()).isEqualTo(12);

        // another leader of the same client still has the default, and resetting theirs leaves mine
        assertThat(api.get("/api/dashboards/layouts/home", bearer(otherLeader)).json().get("customized").asBoolean()).isFalse();
        api.send("DELETE", "/api/dashboards/layouts/home", null, null, bearer(otherLeader));
        assertThat(api.get("/api/dashboards/layouts/home", bearer(leader)).json().get("customized").asBoolean()).isTrue();

        Response reset = api.send("DELETE", "/api/dashboards/layouts/home", null, null, bearer(leader));
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("customized").asBoolean()).isFalse();
        assertThat(api.get("/api/dashboards/layouts/home", bearer(leader)).json().get("widgets").get(0).get("key").asString())
                .isEqualTo("kpi_cards");
    }

    @Test
    void badLayoutsAreRefusedNamingTheWidget() {
        List<Map<String, Object>> widgets = List.of(
                Map.of("key", "kpi_cards", "x", 8, "y", 0, "w", 6, "h", 4, "hidden", false),
                Map.of("key", "kpi_cards", "x", 0, "y", 4, "w", 12, "h", 4, "hidden", false),
                Map.of("key", "weather", "x", 0, "y", 8, "w", 12, "h", 0, "hidden", false));
        Response r = api.put("/api/dashboards/layouts/home", Map.of("widgets", widgets), bearer(leader));
        assertThat(r.status()).isEqualTo(422);
        assertThat(fields(r)).contains("widgets[2].h");
        Response rules = api.put("/api/dashboards/layouts/home", Map.of("widgets", widgets.subList(0, 2)), bearer(leader));
        assertThat(fields(rules)).containsExactly("widgets[0].w", "widgets[1].key");
        assertThat(api.get("/api/dashboards/layouts/unknown", bearer(leader)).status()).isEqualTo(404);
        assertThat(api.get("/api/dashboards/layouts/home", bearer(leader)).json().get("customized").asBoolean()).isFalse();
    }

    private static JsonNode byId(JsonNode list, long id) {
        for (JsonNode n : list) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("no filter " + id + " in " + list);
    }

    private static List<String> fields(Response r) {
        List<String> out = new ArrayList<>();
        r.json().path("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }
}
