package io.kpiops.holds;

import static io.kpiops.holds.HoldPlant.created;
import static io.kpiops.holds.HoldPlant.fields;
import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Holds through the HTTP API: placing, reading, correcting, deleting, the rules, batches, retries and tenancy. */
@IntegrationTest
class HoldApiIT {

    static final ZoneId PLANT = ZoneId.of("America/Chicago");

    @LocalServerPort
    int port;

    Api api;
    HoldPlant plant;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        plant = new HoldPlant(api, "HA");
    }

    @Test
    void anOperatorPlacesAHoldOnceEvenWhenRetriedAndTheOrderGoesOnHold() {
        long order = plant.order("WO-1");
        Map<String, Object> body = plant.hold(order, "QUALITY_ISSUE", Map.of("description", " Seams open on lot 4 "));
        Response first = api.post("/api/holds", body, bearer(plant.operator).header("Idempotency-Key", "hold-1"));
        long id = created(first);
        assertThat(first.header("Location")).endsWith("/api/holds/" + id);
        Response retry = api.post("/api/holds", body, bearer(plant.operator).header("Idempotency-Key", "hold-1"));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asLong()).isEqualTo(id);
        assertThat(api.get("/api/holds?client_id=" + plant.client, bearer(plant.operator)).json().get("total").asLong())
                .isEqualTo(1);

        JsonNode hold = api.get("/api/holds/" + id, bearer(plant.operator)).json();
        assertThat(hold.get("status").asString()).isEqualTo("ON_HOLD");
        assertThat(hold.get("work_order_number").asString()).isEqualTo("WO-1");
        assertThat(hold.get("hold_reason_code").asString()).isEqualTo("QUALITY_ISSUE");
        assertThat(hold.get("description").asString()).isEqualTo("Seams open on lot 4");
        assertThat(hold.get("held_by_name").asString()).startsWith("ha-op");
        Instant heldAt = Instant.parse(hold.get("held_at").asString());
        assertThat(hold.get("held_at_local").asString())
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(heldAt.atZone(PLANT)));
        assertThat(hold.get("held_date").asString()).isEqualTo(LocalDate.ofInstant(heldAt, PLANT).toString());
        assertThat(hold.get("age_days").asLong()).isZero();
        assertThat(hold.get("duration_hours").isNull()).isTrue();

        assertThat(plant.status(order)).isEqualTo("ON_HOLD");
        JsonNode last = lastMove(order);
        assertThat(last.get("to_status").asString()).isEqualTo("ON_HOLD");
        assertThat(last.get("reason").asString()).isEqualTo("Hold " + id + " (QUALITY_ISSUE): Seams open on lot 4");
        assertThat(last.get("username").asString()).startsWith("ha-op");
        assertThat(audit(id, "CREATE")).isEqualTo(1);
    }

    @Test
    void aHoldIsCorrectedWithItsVersionAndDeletedByAnAdminOnly() {
        long order = plant.order("WO-2");
        JsonNode hold = api.post("/api/holds", plant.hold(order, "MATERIAL_SHORTAGE", Map.of()), bearer(plant.operator)).json();
        long id = hold.get("id").asLong();
        String expected = LocalDate.now(PLANT).plusDays(3).toString();

        Response noText = api.put("/api/holds/" + id, Map.of("hold_reason_id", plant.reasons.get("OTHER"),
                "version", hold.get("version").asLong()), bearer(plant.operator));
        assertThat(noText.status()).isEqualTo(422);
        assertThat(fields(noText)).containsExactly("description");
        Response edited = api.put("/api/holds/" + id, Map.of("hold_reason_id", plant.reasons.get("OTHER"),
                "description", "Waiting for the customer's artwork", "expected_resolution_date", expected,
                "version", hold.get("version").asLong()), bearer(plant.operator));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("hold_reason_code").asString()).isEqualTo("OTHER");
        assertThat(edited.json().get("expected_resolution_date").asString()).isEqualTo(expected);
        assertThat(edited.json().get("overdue").asBoolean()).isFalse();

        Response stale = api.put("/api/holds/" + id, Map.of("hold_reason_id", plant.reasons.get("OTHER"),
                "description", "Older edit", "version", hold.get("version").asLong()), bearer(plant.leader));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("current_version").asLong()).isEqualTo(edited.json().get("version").asLong());
        assertThat(audit(id, "UPDATE")).isEqualTo(1);

        assertThat(api.send("DELETE", "/api/holds/" + id, null, null, bearer(plant.operator)).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/holds/" + id, null, null, bearer(plant.leader)).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/holds/" + id, null, null, bearer(plant.admin)).status()).isEqualTo(204);
        assertThat(api.get("/api/holds/" + id, bearer(plant.admin)).status()).isEqualTo(404);
        assertThat(api.get("/api/holds?client_id=" + plant.client, bearer(plant.admin)).json().get("total").asLong()).isZero();
        assertThat(audit(id, "DELETE")).isEqualTo(1);
        assertThat(plant.status(order)).as("the order's only hold is gone").isEqualTo("ACTIVE");
        assertThat(lastMove(order).get("reason").asString()).isEqualTo("Hold " + id + " deleted");
    }

    @Test
    void everyBrokenRuleIsNamedOnItsField() {
        long order = plant.order("WO-3");
        long otherOrder = plant.order("WO-4");
        long foreignJob = plant.jobOf(otherOrder);
        HoldPlant other = new HoldPlant(api, "HX");
        long foreignOrder = other.order("WO-X");
        Instant now = Instant.now();
        String heldDay = LocalDate.now(PLANT).toString();

        Response r = api.post("/api/holds", Map.of("client_id", plant.client, "work_order_id", foreignOrder,
                "hold_reason_id", other.reasons.get("QUALITY_ISSUE")), bearer(plant.leader));
        assertThat(r.status()).isEqualTo(422);
        assertThat(fields(r)).containsExactlyInAnyOrder("work_order_id", "hold_reason_id");

        r = api.post("/api/holds", plant.hold(order, "OTHER", Map.of("job_id", foreignJob,
                "held_at", now.plus(Duration.ofHours(1)).toString(),
                "expected_resolution_date", LocalDate.parse(heldDay).minusDays(1).toString(),
                "resume_note", "Too early")), bearer(plant.leader));
        assertThat(r.status()).isEqualTo(422);
        assertThat(fields(r)).containsExactlyInAnyOrder("job_id", "description", "held_at", "expected_resolution_date",
                "resume_note");

        r = api.post("/api/holds", plant.hold(order, "QUALITY_ISSUE", Map.of("held_at", now.minus(Duration.ofHours(2)).toString(),
                "resumed_at", now.minus(Duration.ofHours(3)).toString())), bearer(plant.leader));
        assertThat(r.status()).isEqualTo(422);
        assertThat(fields(r)).containsExactly("resumed_at");

        r = api.post("/api/holds", plant.hold(order, "QUALITY_ISSUE", Map.of("held_at",
                now.minus(Duration.ofDays(12)).toString())), bearer(plant.operator));
        assertThat(r.status()).isEqualTo(422);
        assertThat(fields(r)).containsExactly("held_at");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("operators may enter the last 7 days");
        assertThat(created(api.post("/api/holds", plant.hold(order, "QUALITY_ISSUE", Map.of("held_at",
                now.minus(Duration.ofDays(12)).toString())), bearer(plant.leader)))).isPositive();

        assertThat(api.post("/api/holds", plant.hold(order, "QUALITY_ISSUE", Map.of("held_at", "yesterday")),
                bearer(plant.leader)).status()).isEqualTo(400);
        assertThat(api.post("/api/holds", Map.of("client_id", plant.client), bearer(plant.leader)).status()).isEqualTo(422);
        assertThat(api.get("/api/holds?client_id=" + plant.client + "&from=2026-05-02&to=2026-05-01",
                bearer(plant.leader)).status()).isEqualTo(422);
        assertThat(api.get("/api/holds?sort=nope", bearer(plant.leader)).status()).isEqualTo(400);
    }

    @Test
    void ordersInAFinalStatusCannotBeHeld() {
        long done = plant.order("WO-5");
        assertThat(plant.transition(done, "CANCELLED", "Customer withdrew").status()).isEqualTo(200);
        Response r = api.post("/api/holds", plant.hold(done, "QUALITY_ISSUE", Map.of()), bearer(plant.operator));
        assertThat(r.status()).isEqualTo(422);
        assertThat(fields(r)).containsExactly("work_order_id");
        assertThat(r.json().get("errors").get(0).get("message").asString()).isEqualTo(
                "work order WO-5 is cancelled and cannot be put on hold");
    }

    @Test
    void aBatchPlacesEveryHoldOrNone() {
        long a = plant.order("WO-6");
        long b = plant.order("WO-7");
        Response refused = api.post("/api/holds/batch", Map.of("entries", List.of(
                plant.hold(a, "QUALITY_ISSUE", Map.of()),
                Map.of("client_id", plant.client, "work_order_id", b, "hold_reason_id", 999_999),
                plant.hold(b, "QUALITY_ISSUE", Map.of("job_id", plant.jobOf(a))))), bearer(plant.operator));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactlyInAnyOrder("entries[1].hold_reason_id", "entries[2].job_id");
        assertThat(api.get("/api/holds?client_id=" + plant.client, bearer(plant.operator)).json().get("total").asLong()).isZero();
        assertThat(plant.status(a)).isEqualTo("ACTIVE");

        Response placed = api.post("/api/holds/batch", Map.of("entries", List.of(
                plant.hold(a, "QUALITY_ISSUE", Map.of()), plant.hold(a, "MATERIAL_SHORTAGE", Map.of()),
                plant.hold(b, "CUSTOMER_REQUEST", Map.of("job_id", plant.jobOf(b))))), bearer(plant.operator));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().get("count").asInt()).isEqualTo(3);
        assertThat(placed.json().get("items").get(2).get("job_id").asLong()).isEqualTo(plant.jobOf(b));
        assertThat(plant.status(a)).isEqualTo("ON_HOLD");
        assertThat(plant.status(b)).isEqualTo("ON_HOLD");
        assertThat(plant.moves(a)).containsExactly("->ACTIVE", "ACTIVE>ON_HOLD");
        assertThat(api.get("/api/holds?client_id=" + plant.client + "&work_order_id=" + a + "&open=true",
                bearer(plant.operator)).json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void anotherClientsHoldsAreInvisible() {
        HoldPlant other = new HoldPlant(api, "HY");
        long theirs = created(api.post("/api/holds", other.hold(other.order("WO-Y"), "QUALITY_ISSUE", Map.of()),
                bearer(other.operator)));
        assertThat(api.get("/api/holds/" + theirs, bearer(plant.operator)).status()).isEqualTo(404);
        assertThat(api.post("/api/holds/" + theirs + "/resume", Map.of("version", 0), bearer(plant.operator)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/holds", bearer(plant.operator)).json().get("total").asLong()).isZero();
        assertThat(api.get("/api/holds/aging", bearer(plant.leader)).json().get("items")).isEmpty();
    }

    private JsonNode lastMove(long order) {
        JsonNode history = api.get("/api/work-orders/" + order + "/history", bearer(plant.leader)).json();
        return history.get(history.size() - 1);
    }

    private long audit(long id, String action) {
        JsonNode page = api.get("/api/audit?entity=hold&entity_id=" + id + "&size=100", bearer(plant.admin)).json();
        long n = 0;
        for (JsonNode e : page.get("items")) {
            n += e.get("action").asString().equals(action) ? 1 : 0;
        }
        return n;
    }
}
