package io.kpiops.catalog;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CatalogApiIT {

    @LocalServerPort
    int port;

    Api api;
    String admin;
    String power;
    long client;
    long other;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
        client = api.createClient(admin, "CAT" + System.nanoTime() % 100_000);
        other = api.createClient(admin, "OTH" + System.nanoTime() % 100_000);
        String name = "power" + System.nanoTime();
        api.createUser(admin, name, "poweruser", "Power!Plant26", client);
        power = api.token(name, "Power!Plant26");
    }

    @Test
    void aPoweruserKeepsProductsWithCycleTimesAndEveryChangeIsAudited() {
        Response created = api.post("/api/products", Map.of("client_id", client, "code", "sku-100", "name", "Polo shirt",
                "ideal_cycle_time_hours", 0.0025, "defect_opportunities", 12), bearer(power));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode p = created.json();
        assertThat(p.get("code").asString()).isEqualTo("SKU-100");
        assertThat(p.get("ideal_cycle_time_hours").decimalValue()).isEqualByComparingTo("0.0025");
        assertThat(p.get("unit_of_measure").asString()).isEqualTo("units");
        assertThat(p.get("defect_opportunities").asInt()).isEqualTo(12);

        Response duplicate = api.post("/api/products", Map.of("client_id", client, "code", "SKU-100", "name", "Again"), bearer(power));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("code");

        Response invalid = api.post("/api/products", Map.of("client_id", client, "code", "SKU-101", "name", "",
                "ideal_cycle_time_hours", -1), bearer(power));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").findValuesAsString("field")).containsExactly("ideal_cycle_time_hours", "name");

        long id = p.get("id").asLong();
        Response deactivated = api.put("/api/products/" + id, Map.of("name", "Polo shirt", "ideal_cycle_time_hours", 0.003,
                "active", false, "version", p.get("version").asLong()), bearer(power));
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();

        JsonNode audit = api.get("/api/audit?entity=product&entity_id=" + id, bearer(admin)).json().get("items");
        assertThat(audit.findValuesAsString("action")).containsExactly("UPDATE", "CREATE");
        assertThat(audit.get(0).get("client_id").asLong()).isEqualTo(client);
        assertThat(audit.get(0).get("old_value").get("active").asBoolean()).isTrue();
        assertThat(audit.get(0).get("new_value").get("ideal_cycle_time_hours").decimalValue()).isEqualByComparingTo("0.003");
    }

    @Test
    void aNightShiftCrossesMidnightWithItsBreaks() {
        Response r = api.post("/api/shifts", Map.of("client_id", client, "name", "Night", "start", "22:00", "end", "06:00",
                "breaks", List.of(Map.of("name", "Meal", "start", "02:00", "duration_minutes", 30),
                        Map.of("name", "Rest", "start", "23:30", "duration_minutes", 15))), bearer(power));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode s = r.json();
        assertThat(s.get("start").asString()).isEqualTo("22:00");
        assertThat(s.get("end").asString()).isEqualTo("06:00");
        assertThat(s.get("crosses_midnight").asBoolean()).isTrue();
        assertThat(s.get("duration_minutes").asInt()).isEqualTo(480);
        assertThat(s.get("scheduled_minutes").asInt()).isEqualTo(435);
        assertThat(s.get("breaks").findValuesAsString("name")).containsExactly("Meal", "Rest");

        Response outside = api.post("/api/shifts", Map.of("client_id", client, "name", "Day", "start", "06:00", "end", "14:00",
                "breaks", List.of(Map.of("name", "Late", "start", "13:50", "duration_minutes", 20))), bearer(power));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("errors").get(0).get("field").asString()).isEqualTo("breaks");

        Response sameName = api.post("/api/shifts", Map.of("client_id", client, "name", "night", "start", "21:00", "end", "05:00"),
                bearer(power));
        assertThat(sameName.status()).isEqualTo(409);

        Response badTime = api.post("/api/shifts", Map.of("client_id", client, "name", "Odd", "start", "25:00", "end", "05:00"),
                bearer(power));
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("errors").get(0).get("field").asString()).isEqualTo("start");
    }

    @Test
    void anEmployeesLineMustBelongToTheSameClient() {
        long ownLine = api.post("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"), bearer(admin)).json().get("id").asLong();
        long foreignLine = api.post("/api/lines", Map.of("client_id", other, "code", "L1", "name", "Line 1"), bearer(admin)).json().get("id").asLong();

        Response ok = api.post("/api/employees", Map.of("client_id", client, "code", "E-1", "name", "Ana", "line_id", ownLine,
                "floating_pool", true), bearer(power));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("floating_pool").asBoolean()).isTrue();

        Response foreign = api.post("/api/employees", Map.of("client_id", client, "code", "E-2", "name", "Ben", "line_id", foreignLine),
                bearer(admin));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("line_id");
    }

    @Test
    void operatorsReadTheirClientsCatalogButCannotChangeIt() {
        api.post("/api/lines", Map.of("client_id", client, "code", "OPL", "name", "Visible"), bearer(admin));
        api.post("/api/lines", Map.of("client_id", other, "code", "OPL", "name", "Hidden"), bearer(admin));
        api.createUser(admin, "cat-op" + client, "operator", "Operator!Plant26", client);
        String op = api.token("cat-op" + client, "Operator!Plant26");

        JsonNode lines = api.get("/api/lines?size=500", bearer(op)).json();
        assertThat(lines.get("items").findValuesAsString("name")).containsExactly("Visible");
        assertThat(api.get("/api/lines?client_id=" + other, bearer(op)).json().get("total").asLong()).isZero();
        assertThat(api.post("/api/lines", Map.of("client_id", client, "code", "NEW", "name", "New"), bearer(op)).status()).isEqualTo(403);
    }

    @Test
    void aClientOutsideTheScopeOrInactiveCannotReceiveRecords() {
        Response foreign = api.post("/api/products", Map.of("client_id", other, "code", "X1", "name", "X"), bearer(power));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("client_id");
        assertThat(api.get("/api/products?client_id=" + other, bearer(admin)).json().get("total").asLong()).isZero();
    }

    @Test
    void aNewClientStartsWithTheDefaultDowntimeReasonsWhichStayEditable() {
        JsonNode reasons = api.get("/api/downtime-reasons?client_id=" + client + "&size=100&sort=code", bearer(power)).json();
        assertThat(reasons.get("total").asLong()).isEqualTo(10);
        JsonNode setup = find(reasons, "SETUP_CHANGEOVER");
        assertThat(setup.get("planned").asBoolean()).isFalse();
        assertThat(setup.get("setup").asBoolean()).isTrue();
        assertThat(setup.get("category").asString()).isEqualTo("scheduling");
        assertThat(find(reasons, "PLANNED_MAINTENANCE").get("planned").asBoolean()).isTrue();
        assertThat(find(reasons, "NO_ORDERS").get("planned").asBoolean()).isTrue();
        assertThat(find(reasons, "BREAKDOWN").get("category").asString()).isEqualTo("machine");

        Response custom = api.post("/api/downtime-reasons", Map.of("client_id", client, "code", "mold_change", "name", "Mold change",
                "category", "scheduling", "planned", false, "setup", true), bearer(power));
        assertThat(custom.status()).as(custom.toString()).isEqualTo(201);
        assertThat(custom.json().get("code").asString()).isEqualTo("MOLD_CHANGE");

        Response badCategory = api.post("/api/downtime-reasons", Map.of("client_id", client, "code", "X", "name", "X",
                "category", "weather", "planned", false), bearer(power));
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.json().get("errors").get(0).get("field").asString()).isEqualTo("category");

        JsonNode other = find(reasons, "OTHER");
        Response renamed = api.put("/api/downtime-reasons/" + other.get("id").asLong(), Map.of("name", "Unclassified",
                "category", "other", "planned", false, "setup", false, "active", true, "version", other.get("version").asLong()),
                bearer(power));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Unclassified");
    }

    private static JsonNode find(JsonNode page, String code) {
        for (JsonNode item : page.get("items")) {
            if (item.get("code").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in " + page);
    }

    @Test
    void aNewClientStartsWithTheDefaultHoldReasons() {
        JsonNode reasons = api.get("/api/hold-reasons?client_id=" + client + "&size=100", bearer(power)).json();
        assertThat(reasons.get("total").asLong()).isEqualTo(10);
        assertThat(reasons.get("items").findValuesAsString("code")).contains("QUALITY_ISSUE", "CUSTOMER_REQUEST", "OTHER");
        Response own = api.post("/api/hold-reasons", Map.of("client_id", client, "code", "first_article", "name", "First article check"),
                bearer(power));
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().get("code").asString()).isEqualTo("FIRST_ARTICLE");
    }

    @Test
    void anIndustryTemplateLoadsIntoAClientOnceAndKeepsTheClientsOwnEntries() {
        JsonNode templates = api.get("/api/defect-types/templates", bearer(power)).json();
        assertThat(templates.findValuesAsString("template")).contains("electronics", "textile_apparel", "medical_devices");

        api.post("/api/defect-types", Map.of("client_id", client, "code", "STITCH", "name", "Our own stitching", "category", "Sewing",
                "severity", "CRITICAL"), bearer(power));
        Response load = api.post("/api/defect-types/templates/textile_apparel/load?client_id=" + client, null, bearer(power));
        assertThat(load.status()).as(load.toString()).isEqualTo(200);
        assertThat(load.json().get("added").asInt()).isEqualTo(9);
        assertThat(load.json().get("skipped").asInt()).isEqualTo(1);

        JsonNode stitch = api.get("/api/defect-types?client_id=" + client + "&q=stitch", bearer(power)).json().get("items").get(0);
        assertThat(stitch.get("name").asString()).isEqualTo("Our own stitching");
        assertThat(stitch.get("severity").asString()).isEqualTo("CRITICAL");

        Response again = api.post("/api/defect-types/templates/textile_apparel/load?client_id=" + client, null, bearer(power));
        assertThat(again.json().get("added").asInt()).isZero();
        assertThat(api.get("/api/defect-types?client_id=" + client, bearer(power)).json().get("total").asLong()).isEqualTo(10);
        assertThat(api.post("/api/defect-types/templates/aerospace/load?client_id=" + client, null, bearer(power)).status()).isEqualTo(404);
    }
}
