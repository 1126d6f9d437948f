package io.kpiops.downtime;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Downtime entries through the HTTP API: reasons, every rule by field, updates, soft deletes, batches, retries. */
@IntegrationTest
@Import(DowntimeApiIT.Clocks.class)
class DowntimeApiIT {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now()); // a fixed plant day for the whole test
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    DowntimeFixture f;
    Api api;

    @BeforeEach
    void setUp() {
        f = new DowntimeFixture(port, clock);
        api = f.api;
    }

    @Test
    void aStoppageIsAnsweredWithItsReasonsClassAndFoundByEveryFilter() {
        Response r = api.post("/api/downtime", f.event("machine", " Press 4 ", "corrective_action", "New belt"),
                bearer(f.operator));
        JsonNode created = f.created(r);
        assertThat(created.get("split").asBoolean()).isFalse();
        assertThat(created.get("split_group").isNull()).isTrue();
        JsonNode e = created.get("items").get(0);
        assertThat(created.get("id").asLong()).isEqualTo(e.get("id").asLong());
        assertThat(r.header("Location")).endsWith("/api/downtime/" + e.get("id").asLong());
        assertThat(e.get("reason_code").asString()).isEqualTo("BREAKDOWN");
        assertThat(e.get("reason_category").asString()).isEqualTo("machine");
        assertThat(e.get("planned").asBoolean()).isFalse();
        assertThat(e.get("setup").asBoolean()).isFalse();
        assertThat(e.get("start_time").asString()).isEqualTo("08:00");
        assertThat(e.get("end_time").asString()).isEqualTo("08:30");
        assertThat(e.get("duration_minutes").asInt()).isEqualTo(30);
        assertThat(e.get("machine").asString()).isEqualTo("Press 4");
        assertThat(e.get("entered_by_name").asString()).isEqualTo(f.operatorName);
        assertThat(api.get("/api/downtime/" + e.get("id").asLong(), bearer(f.leader)).json().get("corrective_action")
                .asString()).isEqualTo("New belt");

        JsonNode byOrder = f.created(api.post("/api/downtime", f.event("line_id", null, "work_order_id", f.order,
                "reason_id", f.maintenance, "start_time", null, "end_time", null, "duration_minutes", 45),
                bearer(f.leader))).get("items").get(0);
        assertThat(byOrder.get("line_id").asLong()).as("the order's usual line").isEqualTo(f.line2);
        assertThat(byOrder.get("work_order_number").asString()).isEqualTo("WO-D1");
        assertThat(byOrder.get("planned").asBoolean()).isTrue();
        assertThat(byOrder.get("start_time").isNull()).isTrue();

        String base = "/api/downtime?client_id=" + f.client;
        assertThat(f.total(base + "&planned=true")).isEqualTo(1);
        assertThat(f.total(base + "&planned=false")).isEqualTo(1);
        assertThat(f.total("/api/downtime?planned=true")).isEqualTo(1);
        assertThat(f.total(base + "&reason_id=" + f.breakdown)).isEqualTo(1);
        assertThat(f.total(base + "&line_id=" + f.line2 + "&work_order_id=" + f.order)).isEqualTo(1);
        assertThat(f.total(base + "&shift_id=" + f.day + "&from=" + f.today.minusDays(2) + "&to=" + f.today)).isEqualTo(2);
        assertThat(f.total(base + "&shift_id=" + f.night)).isZero();
        assertThat(f.total(base + "&to=" + f.today.minusDays(3))).isZero();
        assertThat(api.get("/api/audit?entity=downtime_entry&entity_id=" + e.get("id").asLong(), bearer(f.admin)).json()
                .get("items").get(0).get("new_value").get("reason_code").asString()).isEqualTo("BREAKDOWN");
    }

    @Test
    void everyRuleNamesItsField() {
        assertThat(f.refused("line_id", null)).containsExactly("line_id");
        assertThat(f.refused("start_time", "15:00", "end_time", "15:30")).containsExactly("start_time");
        assertThat(f.refused("start_time", null)).containsExactly("start_time");
        assertThat(f.refused("start_time", null, "end_time", null)).containsExactly("duration_minutes");
        assertThat(f.refused("duration_minutes", 45)).containsExactly("duration_minutes");
        assertThat(f.refused("duration_minutes", 0)).containsExactly("duration_minutes");
        assertThat(f.refused("duration_minutes", 1441)).containsExactly("duration_minutes");
        assertThat(f.refused("start_time", null, "end_time", null, "duration_minutes", 481)).containsExactly("duration_minutes");
        assertThat(f.refused("end_time", "08:00")).containsExactly("end_time");
        assertThat(f.refused("machine", "m".repeat(101))).containsExactly("machine");
        assertThat(f.refused("equipment_code", "e".repeat(51))).containsExactly("equipment_code");
        assertThat(f.refused("shift_date", f.today.plusDays(1).toString())).containsExactly("shift_date");
        assertThat(f.refused("reason_id", null)).containsExactly("reason_id");
        assertThat(api.post("/api/downtime", f.event("start_time", "8h"), bearer(f.leader)).status()).isEqualTo(400);

        long cancelled = f.created(api.post("/api/work-orders", Map.of("client_id", f.client, "number", "WO-GONE",
                "product_id", api.get("/api/work-orders/" + f.order, bearer(f.admin)).json().get("product_id").asLong(),
                "planned_quantity", 5), bearer(f.admin))).get("id").asLong();
        assertThat(api.post("/api/work-orders/" + cancelled + "/transitions", Map.of("to_status", "CANCELLED", "reason",
                "Withdrawn", "version", 0), bearer(f.admin)).status()).isEqualTo(200);
        assertThat(f.refused("work_order_id", cancelled)).containsExactly("work_order_id");
        assertThat(f.total("/api/downtime?client_id=" + f.client)).isZero();
    }

    @Test
    void anotherClientsRecordsAreInvisibleAndItsReferencesRefusedAsUnknown() {
        long theirs = f.created(api.post("/api/downtime", Map.of("client_id", f.other, "shift_date",
                f.today.minusDays(1).toString(), "shift_id", f.otherShift, "line_id", f.otherLine, "reason_id", f.otherReason,
                "duration_minutes", 15), bearer(f.admin))).get("id").asLong();
        assertThat(api.get("/api/downtime/" + theirs, bearer(f.operator)).status()).isEqualTo(404);
        assertThat(api.put("/api/downtime/" + theirs, f.event("version", 0), bearer(f.leader)).status()).isEqualTo(404);
        assertThat(f.total("/api/downtime?client_id=" + f.other)).isZero();

        assertThat(f.refused("reason_id", f.otherReason)).containsExactly("reason_id");
        assertThat(f.refused("shift_id", f.otherShift)).containsExactly("shift_id");
        assertThat(f.refused("line_id", f.otherLine)).containsExactly("line_id");
        assertThat(f.refused("work_order_id", f.otherOrder)).containsExactly("work_order_id");
        assertThat(f.refused("client_id", f.other)).contains("client_id");
        assertThat(api.get("/api/downtime/" + theirs, bearer(f.admin)).json().get("duration_minutes").asInt()).isEqualTo(15);
    }

    @Test
    void anUpdateCorrectsTheRecordAndAStaleVersionIsRefused() {
        JsonNode e = f.created(api.post("/api/downtime", f.event(), bearer(f.operator))).get("items").get(0);
        long id = e.get("id").asLong();
        Response changed = api.put("/api/downtime/" + id, f.event("start_time", "09:10", "end_time", "10:05",
                "reason_id", f.maintenance, "notes", "Lubrication", "version", e.get("version").asLong()), bearer(f.operator));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("duration_minutes").asInt()).isEqualTo(55);
        assertThat(changed.json().get("reason_code").asString()).isEqualTo("PLANNED_MAINTENANCE");

        Response stale = api.put("/api/downtime/" + id, f.event("version", e.get("version").asLong()), bearer(f.operator));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("current_version").asLong()).isEqualTo(changed.json().get("version").asLong());
        JsonNode audit = api.get("/api/audit?entity=downtime_entry&entity_id=" + id, bearer(f.admin)).json().get("items").get(0);
        assertThat(audit.get("action").asString()).isEqualTo("UPDATE");
        assertThat(audit.get("old_value").get("duration_minutes").asInt()).isEqualTo(30);
        assertThat(audit.get("new_value").get("duration_minutes").asInt()).isEqualTo(55);
    }

    @Test
    void onlyAnAdminDeletesAndTheDeletedRecordStaysInTheDatabase() {
        long id = f.created(api.post("/api/downtime", f.event(), bearer(f.operator))).get("id").asLong();
        assertThat(api.send("DELETE", "/api/downtime/" + id, null, null, bearer(f.operator)).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/downtime/" + id, null, null, bearer(f.leader)).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/downtime/" + id, null, null, bearer(f.admin)).status()).isEqualTo(204);
        assertThat(api.get("/api/downtime/" + id, bearer(f.admin)).status()).isEqualTo(404);
        assertThat(f.total("/api/downtime?client_id=" + f.client)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from downtime_entries where id = ? and deleted_at is not null",
                Integer.class, id)).isEqualTo(1);
        assertThat(api.get("/api/audit?entity=downtime_entry&entity_id=" + id, bearer(f.admin)).json().get("items").get(0)
                .get("action").asString()).isEqualTo("DELETE");
    }

    @Test
    void aBatchIsAllOrNothingNamesEveryRowsErrorsAndSplitsLikeASingleCreate() {
        Response refused = api.post("/api/downtime/batch", Map.of("entries", List.of(f.event(),
                f.event("reason_id", f.otherReason), f.event("start_time", "15:00"), f.event("duration_minutes", -5))),
                bearer(f.operator));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(DowntimeFixture.fields(refused)).containsExactlyInAnyOrder("entries[1].reason_id",
                "entries[2].start_time", "entries[3].duration_minutes");
        assertThat(f.total("/api/downtime?client_id=" + f.client)).isZero();

        Response saved = api.post("/api/downtime/batch", Map.of("entries", List.of(f.event(),
                f.event("shift_id", f.night, "start_time", "05:30", "end_time", "06:45", "entry_method", "QR_SCAN"))),
                bearer(f.operator));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.json().get("count").asInt()).isEqualTo(3);
        assertThat(saved.json().get("items").get(0).get("entry_method").asString()).isEqualTo("BATCH");
        // the scanned event keeps its method in both parts of its split
        assertThat(saved.json().get("items").get(1).get("entry_method").asString()).isEqualTo("QR_SCAN");
        assertThat(saved.json().get("items").get(2).get("entry_method").asString()).isEqualTo("QR_SCAN");
        assertThat(saved.json().get("items").get(2).get("split_part").asInt()).isEqualTo(2);
    }

    @Test
    void aRetriedCreateWithTheSameKeyReturnsTheFirstAnswer() {
        Api.Req withKey = bearer(f.operator).header("Idempotency-Key", "tablet-3-" + System.nanoTime());
        Response first = api.post("/api/downtime", f.event(), withKey);
        Response retry = api.post("/api/downtime", f.event(), withKey);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(f.total("/api/downtime?client_id=" + f.client)).isEqualTo(1);
    }

    @Test
    void anOperatorBackDatesWithinTheWindowOnlyALeaderFurther() {
        assertThat(api.post("/api/downtime", f.event("shift_date", f.today.minusDays(7).toString()), bearer(f.operator))
                .status()).isEqualTo(201);
        Response old = api.post("/api/downtime", f.event("shift_date", f.today.minusDays(8).toString()), bearer(f.operator));
        assertThat(DowntimeFixture.fields(old)).containsExactly("shift_date");
        JsonNode byLeader = f.created(api.post("/api/downtime", f.event("shift_date", f.today.minusDays(40).toString()),
                bearer(f.leader))).get("items").get(0);
        Response operatorFixes = api.put("/api/downtime/" + byLeader.get("id").asLong(), f.event("version",
                byLeader.get("version").asLong()), bearer(f.operator));
        assertThat(DowntimeFixture.fields(operatorFixes)).containsExactly("shift_date");

        // tonight's shift has not run yet: its part after 06:00 would fall on tomorrow's production day
        Response tomorrow = api.post("/api/downtime", f.event("shift_date", f.today.toString(), "shift_id", f.night,
                "start_time", "05:30", "end_time", "06:45"), bearer(f.leader));
        assertThat(DowntimeFixture.fields(tomorrow)).containsExactly("end_time");
    }
}
