package io.kpiops.production;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.platform.tenancy.TenantScopes;
import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Production entries through the HTTP API: rules, defaults from the order, window, batches, retries, deletes. */
@IntegrationTest
class ProductionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CatalogLookup catalog;

    Api api;
    String admin;
    String leader;
    String operator;
    long client;
    long other;
    long product;
    long otherProduct;
    long line;
    long otherLine;
    long shift;
    long order;
    long job;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
        client = api.createClient(admin, "PE" + System.nanoTime() % 100_000);
        other = api.createClient(admin, "PX" + System.nanoTime() % 100_000);
        String suffix = Long.toString(System.nanoTime());
        api.createUser(admin, "lead" + suffix, "leader", "Leader!Plant26", client);
        api.createUser(admin, "op" + suffix, "operator", "Operator!Plant26", client);
        leader = api.token("lead" + suffix, "Leader!Plant26");
        operator = api.token("op" + suffix, "Operator!Plant26");
        product = id(api.post("/api/products", Map.of("client_id", client, "code", "TEE", "name", "T-shirt",
                "ideal_cycle_time_hours", 0.05), bearer(admin)));
        otherProduct = id(api.post("/api/products", Map.of("client_id", client, "code", "CAP", "name", "Cap"), bearer(admin)));
        line = id(api.post("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"), bearer(admin)));
        otherLine = id(api.post("/api/lines", Map.of("client_id", other, "code", "L1", "name", "Their line"), bearer(admin)));
        shift = id(api.post("/api/shifts", Map.of("client_id", client, "name", "Day", "start", "06:00", "end", "14:00",
                "breaks", List.of(Map.of("name", "Lunch", "start", "10:00", "duration_minutes", 30))), bearer(admin)));
        JsonNode wo = api.post("/api/work-orders", Map.of("client_id", client, "number", "WO-1", "product_id", product,
                "planned_quantity", 1000, "jobs", List.of(Map.of("sequence", 10, "operation_name", "Sew", "line_id", line))),
                bearer(leader)).json();
        order = wo.get("id").asLong();
        job = wo.get("jobs").get(0).get("id").asLong();
        today = Api.plantToday();
    }

    @Test
    void anOperatorRecordsAShiftAndTheOrderTakesProductAndLine() {
        Response r = api.post("/api/production", entry(Map.of("work_order_id", order, "job_id", job, "confirmed", true)),
                bearer(operator));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode e = r.json();
        assertThat(e.get("product_id").asLong()).isEqualTo(product);
        assertThat(e.get("line_id").asLong()).isEqualTo(line);
        assertThat(e.get("work_order_number").asString()).isEqualTo("WO-1");
        assertThat(e.get("entry_method").asString()).isEqualTo("MANUAL_ENTRY");
        assertThat(e.get("confirmed_at").isNull()).isFalse();
        assertThat(e.get("confirmed_by_name").asString()).startsWith("op");
        assertThat(r.header("Location")).endsWith("/api/production/" + e.get("id").asLong());

        JsonNode list = api.get("/api/production?client_id=" + client + "&from=" + today + "&to=" + today, bearer(leader)).json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("units_produced").asInt()).isEqualTo(400);

        JsonNode progress = api.get("/api/work-orders/" + order + "/progress", bearer(leader)).json();
        assertThat(progress.get("produced_quantity").asLong()).isEqualTo(400);
        assertThat(progress.get("scrapped_quantity").asLong()).isEqualTo(2);
    }

    @Test
    void everyBrokenRuleIsNamedAndNothingIsStored() {
        Response r = api.post("/api/production", entry(Map.of("line_id", otherLine, "product_id", otherProduct,
                "work_order_id", order, "defect_count", 401, "rework_count", 300, "scrap_count", 200,
                "employees_assigned", 4, "employees_present", 5, "run_time_hours", 9)), bearer(operator));
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(fields(r)).containsExactlyInAnyOrder("line_id", "product_id", "defect_count", "scrap_count",
                "employees_present", "run_time_hours");

        Map<String, Object> noPlace = entry(Map.of("product_id", product));
        noPlace.remove("line_id");
        assertThat(fields(api.post("/api/production", noPlace, bearer(operator)))).containsExactly("line_id");

        Response shape = api.post("/api/production", entry(Map.of("units_produced", -1, "run_time_hours", 25)),
                bearer(operator));
        assertThat(shape.status()).isEqualTo(422);
        assertThat(fields(shape)).contains("units_produced", "run_time_hours");
        assertThat(count()).isZero();
    }

    @Test
    void operatorsMayOnlyBackDateWithinTheClientWindowLeadersAnyPastDay() {
        Response old = api.post("/api/production", entry(Map.of("product_id", product, "shift_date",
                today.minusDays(8).toString())), bearer(operator));
        assertThat(old.status()).isEqualTo(422);
        assertThat(fields(old)).containsExactly("shift_date");
        assertThat(old.json().get("errors").get(0).get("message").asString()).contains("last 7 days");
        assertThat(api.post("/api/production", entry(Map.of("product_id", product, "shift_date",
                today.minusDays(7).toString())), bearer(operator)).status()).isEqualTo(201);
        assertThat(api.post("/api/production", entry(Map.of("product_id", product, "shift_date",
                today.minusDays(400).toString())), bearer(leader)).status()).isEqualTo(201);
        Response future = api.post("/api/production", entry(Map.of("product_id", product, "shift_date",
                today.plusDays(1).toString())), bearer(leader));
        assertThat(fields(future)).containsExactly("shift_date");
    }

    @Test
    void aRetriedCreateReturnsTheFirstAnswerInsteadOfRecordingTwice() {
        Map<String, Object> body = entry(Map.of("product_id", product));
        Response first = api.post("/api/production", body, bearer(operator).header("Idempotency-Key", "tablet-7-0001"));
        Response retry = api.post("/api/production", body, bearer(operator).header("Idempotency-Key", "tablet-7-0001"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(count()).isEqualTo(1);

        Response reused = api.post("/api/production", entry(Map.of("product_id", product, "units_produced", 5)),
                bearer(operator).header("Idempotency-Key", "tablet-7-0001"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("idempotency_key_reused");

        Response failed = api.post("/api/production", entry(Map.of("product_id", product, "units_produced", -5)),
                bearer(operator).header("Idempotency-Key", "tablet-7-0002"));
        assertThat(failed.status()).isEqualTo(422);
        Response fixed = api.post("/api/production", entry(Map.of("product_id", product, "units_produced", -5)),
                bearer(operator).header("Idempotency-Key", "tablet-7-0002"));
        assertThat(fixed.header("Idempotent-Replayed")).isNull();
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void retriesSentWhileTheFirstIsStillRunningRecordOnceAndAllGetItsAnswer() throws Exception {
        Map<String, Object> body = entry(Map.of("product_id", product));
        int before = count();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(pool.submit(() -> api.post("/api/production", body,
                        bearer(operator).header("Idempotency-Key", "tablet-9-race"))));
            }
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Response> f : sent) {
                Response r = f.get();
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
                ids.add(r.json().get("id").asLong());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void updatesQuoteTheirVersionAndOnlyAdminsDeleteSoftly() {
        JsonNode e = api.post("/api/production", entry(Map.of("product_id", product)), bearer(operator)).json();
        long id = e.get("id").asLong();
        Map<String, Object> change = entry(Map.of("product_id", product, "units_produced", 420, "version",
                e.get("version").asLong()));
        Response updated = api.put("/api/production/" + id, change, bearer(operator));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("units_produced").asInt()).isEqualTo(420);

        Response stale = api.put("/api/production/" + id, change, bearer(leader));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("current_version").asLong()).isEqualTo(updated.json().get("version").asLong());

        assertThat(api.send("DELETE", "/api/production/" + id, null, null, bearer(leader)).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/production/" + id, null, null, bearer(admin)).status()).isEqualTo(204);
        assertThat(api.get("/api/production/" + id, bearer(admin)).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from production_entries where id = ? and deleted_at is not null",
                Integer.class, id)).isEqualTo(1);
        assertThat(api.get("/api/audit?entity=production_entry&entity_id=" + id, bearer(admin)).json().get("items"))
                .extracting(a -> a.get("action").asString()).contains("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void aBatchSavesEveryRowOrNoneAndNamesEachBadRow() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(entry(Map.of("product_id", product, "units_produced", 100 + i)));
        }
        rows.set(1, entry(Map.of("product_id", product, "defect_count", 500)));
        rows.set(3, entry(Map.of("product_id", 999_999)));
        Response bad = api.post("/api/production/batch", Map.of("entries", rows), bearer(operator));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(fields(bad)).containsExactlyInAnyOrder("entries[1].defect_count", "entries[3].product_id");
        assertThat(count()).isZero();

        rows.set(1, entry(Map.of("product_id", product)));
        rows.set(3, entry(Map.of("work_order_id", order)));
        rows.set(4, entry(Map.of("product_id", product, "entry_method", "QR_SCAN"))); // opened by scanning
        Response ok = api.post("/api/production/batch", Map.of("entries", rows), bearer(operator));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(ok.json().get("count").asInt()).isEqualTo(5);
        assertThat(ok.json().get("items").get(3).get("entry_method").asString()).isEqualTo("BATCH");
        assertThat(ok.json().get("items").get(4).get("entry_method").asString()).isEqualTo("QR_SCAN");
        assertThat(count()).isEqualTo(5);
    }

    @Test
    void anotherClientsEntriesAreInvisibleAndUntouchable() {
        long id = api.post("/api/production", entry(Map.of("product_id", product)), bearer(operator)).json().get("id").asLong();
        String outsider = api.token(createOtherOperator(), "Operator!Plant26");
        assertThat(api.get("/api/production/" + id, bearer(outsider)).status()).isEqualTo(404);
        assertThat(api.get("/api/production", bearer(outsider)).json().get("total").asLong()).isZero();
        assertThat(api.put("/api/production/" + id, entry(Map.of("product_id", product, "version", 0)), bearer(outsider))
                .status()).isEqualTo(404);
        Response foreign = api.post("/api/production", entry(Map.of("product_id", product)), bearer(outsider));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(fields(foreign)).containsExactly("client_id");
    }

    @Test
    void inactiveRecordsForeignRecordsAndClientsThatMayNotBeWrittenForAreRefusedByName() {
        long theirProduct = id(api.post("/api/products", Map.of("client_id", other, "code", "TEE", "name", "Theirs"),
                bearer(admin)));
        long theirShift = id(api.post("/api/shifts", Map.of("client_id", other, "name", "Day", "start", "06:00", "end",
                "14:00", "breaks", List.of()), bearer(admin)));
        Response foreign = api.post("/api/production", entry(Map.of("product_id", theirProduct, "line_id", otherLine,
                "shift_id", theirShift)), bearer(operator));
        assertThat(messages(foreign)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "product_id", "no product " + theirProduct + " for this client",
                "line_id", "no line " + otherLine + " for this client",
                "shift_id", "no shift " + theirShift + " for this client"));

        jdbc.update("update production_lines set active = ? where id = ?", false, line);
        jdbc.update("update shifts set active = ? where id = ?", false, shift);
        assertThat(messages(api.post("/api/production", entry(Map.of("product_id", product)), bearer(operator))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("line_id", "line L1 is inactive",
                        "shift_id", "shift Day is inactive"));

        String code = jdbc.queryForObject("select code from clients where id = ?", String.class, client);
        jdbc.update("update clients set active = ? where id = ?", false, client);
        assertThat(messages(api.post("/api/production", entry(Map.of("product_id", product)), bearer(leader))))
                .containsExactlyEntriesOf(Map.of("client_id", "client " + code + " is inactive"));
        assertThat(messages(api.post("/api/production", entry(Map.of("product_id", product, "client_id", 987_654_321)),
                bearer(admin)))).containsExactlyEntriesOf(Map.of("client_id", "client 987654321 does not exist"));
        assertThat(count()).isZero();
    }

    @Test
    void theProductLineAndShiftASingleCreateNamesAreReadWithTheShiftsBreaksAndOnlyForItsClient() {
        long twoBreaks = id(api.post("/api/shifts", Map.of("client_id", client, "name", "Late", "start", "14:00", "end",
                "22:30", "breaks", List.of(Map.of("name", "Tea", "start", "16:00", "duration_minutes", 15),
                        Map.of("name", "Dinner", "start", "18:00", "duration_minutes", 45))), bearer(admin)));
        CatalogLookup.ClientCatalog named = TenantScopes.asSystem(() -> catalog.catalogOf(client, product, line, twoBreaks));
        assertThat(named.products().get(product).idealCycleTimeHours()).isEqualByComparingTo("0.05");
        assertThat(named.products().get(product).code()).isEqualTo("TEE");
        assertThat(named.lines().get(line).name()).isEqualTo("Line 1");
        CatalogLookup.ShiftRef late = named.shifts().get(twoBreaks);
        assertThat(late.durationMinutes()).isEqualTo(510);
        assertThat(late.scheduledMinutes()).isEqualTo(450);
        assertThat(TenantScopes.asSystem(() -> catalog.catalogOf(client, product, line, shift)).shifts().get(shift)
                .scheduledMinutes()).isEqualTo(450);

        CatalogLookup.ClientCatalog none = TenantScopes.asSystem(() -> catalog.catalogOf(client, null, otherLine, null));
        assertThat(none.products()).isEmpty();
        assertThat(none.lines()).isEmpty(); // another client's line
        assertThat(none.shifts()).isEmpty();
    }

    private String createOtherOperator() {
        String name = "opx" + System.nanoTime();
        api.createUser(admin, name, "operator", "Operator!Plant26", other);
        return name;
    }

    private Map<String, Object> entry(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "shift_date", today.toString(),
                "shift_id", shift, "line_id", line, "units_produced", 400, "run_time_hours", 7.5,
                "employees_assigned", 5, "defect_count", 6, "rework_count", 2, "scrap_count", 2));
        body.putAll(overrides);
        if (overrides.containsKey("work_order_id") && !overrides.containsKey("line_id")) {
            body.remove("line_id");
        }
        return body;
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from production_entries where client_id = ?", Integer.class, client);
    }

    private static long id(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static Map<String, String> messages(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        Map<String, String> messages = new HashMap<>();
        r.json().get("errors").forEach(e -> messages.put(e.get("field").asString(), e.get("message").asString()));
        return messages;
    }

    private static List<String> fields(Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
