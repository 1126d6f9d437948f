package io.kpiops.clients;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ClientSettingsIT {

    @LocalServerPort
    int port;

    Api api;
    String admin;
    String power;
    long client;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
        client = api.createClient(admin, "SET" + System.nanoTime() % 100_000);
        String name = "setpower" + System.nanoTime();
        api.createUser(admin, name, "poweruser", "Power!Plant26", client);
        power = api.token(name, "Power!Plant26");
    }

    private Map<String, Object> body(long version) {
        Map<String, Object> b = new HashMap<>();
        b.put("setup_as_planned", true);
        b.put("counted_absence_types", List.of("UNSCHEDULED_ABSENCE", "MEDICAL_LEAVE"));
        b.put("wip_bucket_edges", List.of(5, 10, 20));
        b.put("bradford_window_weeks", 26);
        b.put("bradford_bands", List.of(40, 150, 300));
        b.put("default_crew_size", 12);
        b.put("default_shift_hours", 7.5);
        b.put("default_dpmo_opportunities", 4);
        b.put("operator_backdating_days", 3);
        b.put("version", version);
        return b;
    }

    private static JsonNode target(JsonNode settings, String kpi) {
        for (JsonNode t : settings.get("kpi_targets")) {
            if (t.get("kpi").asString().equals(kpi)) {
                return t;
            }
        }
        throw new AssertionError(kpi);
    }

    @Test
    void aNewClientHasTheDocumentedDefaults() {
        JsonNode s = api.get("/api/clients/" + client + "/settings", bearer(power)).json();
        JsonNode settings = s.get("settings");
        assertThat(settings.get("setup_as_planned").asBoolean()).isFalse();
        assertThat(settings.get("counted_absence_types").toString()).isEqualTo("[\"UNSCHEDULED_ABSENCE\",\"MEDICAL_LEAVE\",\"PERSONAL_LEAVE\"]");
        assertThat(settings.get("wip_bucket_edges").toString()).isEqualTo("[7,14,30]");
        assertThat(settings.get("bradford_window_weeks").asInt()).isEqualTo(52);
        assertThat(settings.get("operator_backdating_days").asInt()).isEqualTo(7);
        assertThat(settings.get("date_order").asString()).isEqualTo("MDY");
        assertThat(settings.get("version").asLong()).isZero();
        JsonNode oee = target(s, "oee");
        assertThat(oee.get("target").decimalValue()).isEqualByComparingTo("85");
        assertThat(oee.get("higher_is_better").asBoolean()).isTrue();
        assertThat(oee.get("client_override").asBoolean()).isFalse();
        JsonNode ppm = target(s, "ppm");
        assertThat(ppm.get("higher_is_better").asBoolean()).isFalse();
        assertThat(ppm.get("critical").decimalValue()).isEqualByComparingTo("2000");
        assertThat(s.get("kpi_targets").size()).isEqualTo(13);
    }

    @Test
    void settingsChangeWithTheirVersionAndAreAudited() {
        Response saved = api.put("/api/clients/" + client + "/settings", body(0), bearer(power));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("settings").get("setup_as_planned").asBoolean()).isTrue();
        assertThat(saved.json().get("settings").get("wip_bucket_edges").toString()).isEqualTo("[5,10,20]");
        long version = saved.json().get("settings").get("version").asLong();

        Response stale = api.put("/api/clients/" + client + "/settings", body(version + 5), bearer(power));
        assertThat(stale.status()).isEqualTo(409);

        Map<String, Object> bad = body(version);
        bad.put("wip_bucket_edges", List.of(10, 5));
        bad.put("bradford_window_weeks", 0);
        Response invalid = api.put("/api/clients/" + client + "/settings", bad, bearer(power));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").findValuesAsString("field")).contains("bradford_window_weeks");

        JsonNode audit = api.get("/api/audit?entity=client_settings&entity_id=" + client, bearer(admin)).json().get("items").get(0);
        assertThat(audit.get("old_value").get("setup_as_planned").asBoolean()).isFalse();
        assertThat(audit.get("new_value").get("setup_as_planned").asBoolean()).isTrue();
    }

    @Test
    void theDateOrderOfImportedFilesIsASettingThatStaysWhenLeftOut() {
        Map<String, Object> dmy = body(0);
        dmy.put("date_order", "DMY");
        Response saved = api.put("/api/clients/" + client + "/settings", dmy, bearer(power));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("settings").get("date_order").asString()).isEqualTo("DMY");

        Response kept = api.put("/api/clients/" + client + "/settings", body(saved.json().get("settings").get("version").asLong()), bearer(power));
        assertThat(kept.json().get("settings").get("date_order").asString()).isEqualTo("DMY");

        Map<String, Object> bad = body(kept.json().get("settings").get("version").asLong());
        bad.put("date_order", "YMD");
        Response invalid = api.put("/api/clients/" + client + "/settings", bad, bearer(power));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("date_order");
    }

    @Test
    void bucketEdgesMustIncrease() {
        Map<String, Object> bad = body(0);
        bad.put("wip_bucket_edges", List.of(10, 5));
        Response invalid = api.put("/api/clients/" + client + "/settings", bad, bearer(power));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("wip_bucket_edges");
    }

    @Test
    void targetsFollowTheKpisDirectionAndCanBeReset() {
        Response ppm = api.put("/api/clients/" + client + "/kpi-targets/ppm", Map.of("target", 300, "warning", 600, "critical", 900), bearer(power));
        assertThat(ppm.status()).as(ppm.toString()).isEqualTo(200);
        assertThat(target(ppm.json(), "ppm").get("client_override").asBoolean()).isTrue();
        assertThat(target(ppm.json(), "ppm").get("warning").decimalValue()).isEqualByComparingTo("600");
        assertThat(target(ppm.json(), "ppm").get("default_warning").decimalValue()).isEqualByComparingTo("1000");

        Response reversed = api.put("/api/clients/" + client + "/kpi-targets/ppm", Map.of("target", 900, "warning", 600, "critical", 300), bearer(power));
        assertThat(reversed.status()).isEqualTo(422);
        Response reversedOee = api.put("/api/clients/" + client + "/kpi-targets/oee", Map.of("target", 60, "warning", 75, "critical", 85), bearer(power));
        assertThat(reversedOee.status()).isEqualTo(422);

        Response reset = api.send("DELETE", "/api/clients/" + client + "/kpi-targets/ppm", null, null, bearer(power));
        assertThat(reset.status()).isEqualTo(200);
        assertThat(target(reset.json(), "ppm").get("target").decimalValue()).isEqualByComparingTo("500");
        assertThat(target(reset.json(), "ppm").get("client_override").asBoolean()).isFalse();

        assertThat(api.put("/api/clients/" + client + "/kpi-targets/speed", Map.of("target", 1, "warning", 1, "critical", 1), bearer(power)).status())
                .isEqualTo(404);
    }

    @Test
    void operatorsReadButDoNotChangeSettings() {
        api.createUser(admin, "setop" + client, "operator", "Operator!Plant26", client);
        String op = api.token("setop" + client, "Operator!Plant26");
        assertThat(api.get("/api/clients/" + client + "/settings", bearer(op)).status()).isEqualTo(200);
        assertThat(api.put("/api/clients/" + client + "/settings", body(0), bearer(op)).status()).isEqualTo(403);
    }
}
