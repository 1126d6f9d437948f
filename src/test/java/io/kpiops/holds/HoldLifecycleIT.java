package io.kpiops.holds;

import static io.kpiops.holds.HoldPlant.created;
import static io.kpiops.holds.HoldPlant.fields;
import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;

/**
 * Holds over time, with a clock the test moves: resume with the hours on hold, several holds of one order, cancel,
 * a planner's hold, the order's progress, and the aging of open holds.
 */
@IntegrationTest
@Import(HoldLifecycleIT.Clocks.class)
class HoldLifecycleIT {

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

    Api api;
    HoldPlant plant;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        plant = new HoldPlant(api, "HL");
    }

    @Test
    void aResumedHoldStoresItsHoursAndReturnsTheOrder() {
        long order = plant.order("WO-1");
        Instant heldAt = clock.instant().minus(Duration.ofHours(2));
        JsonNode hold = api.post("/api/holds", plant.hold(order, "QUALITY_ISSUE", Map.of("held_at", heldAt.toString())),
                bearer(plant.leader)).json();
        assertThat(plant.status(order)).isEqualTo("ON_HOLD");
        advance(Duration.ofHours(3));

        Response resumed = api.post("/api/holds/" + hold.get("id").asLong() + "/resume", Map.of("version",
                hold.get("version").asLong(), "note", "Lot re-inspected"), bearer(plant.operator));
        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        assertThat(resumed.json().get("status").asString()).isEqualTo("RESUMED");
        assertThat(resumed.json().get("duration_hours").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(resumed.json().get("resumed_by_name").asString()).startsWith("hl-op");
        assertThat(resumed.json().get("resume_note").asString()).isEqualTo("Lot re-inspected");
        assertThat(resumed.json().get("resumed_at_local").asString()).isNotBlank();
        assertThat(resumed.json().get("age_hours").isNull()).isTrue();

        assertThat(plant.status(order)).isEqualTo("ACTIVE");
        assertThat(plant.moves(order)).containsExactly("->ACTIVE", "ACTIVE>ON_HOLD", "ON_HOLD>ACTIVE");
        JsonNode progress = api.get("/api/work-orders/" + order + "/progress", bearer(plant.operator)).json();
        assertThat(progress.get("on_hold_hours").decimalValue()).as("the order was created 3 h before the resume")
                .isEqualByComparingTo("3.0");
        assertThat(progress.get("hold_count").asInt()).isEqualTo(1);

        long id = resumed.json().get("id").asLong();
        long version = resumed.json().get("version").asLong();
        Response again = api.post("/api/holds/" + id + "/resume", Map.of("version", version), bearer(plant.operator));
        assertThat(again.status()).isEqualTo(422);
        assertThat(fields(again)).containsExactly("status");
        assertThat(api.post("/api/holds/" + id + "/cancel", Map.of("version", version, "reason", "x"),
                bearer(plant.operator)).status()).isEqualTo(422);
        assertThat(api.post("/api/holds/" + id + "/resume", Map.of("version", version - 1), bearer(plant.operator))
                .status()).isEqualTo(409);
    }

    @Test
    void theProgressCountsTheHoursOfAHoldPlacedAfterTheOrder() {
        long order = plant.order("WO-2");
        advance(Duration.ofHours(1));
        JsonNode hold = api.post("/api/holds", plant.hold(order, "QUALITY_ISSUE", Map.of()), bearer(plant.operator)).json();
        advance(Duration.ofMinutes(90));
        JsonNode open = api.get("/api/work-orders/" + order + "/progress", bearer(plant.operator)).json();
        assertThat(open.get("currently_on_hold").asBoolean()).isTrue();
        assertThat(open.get("on_hold_hours").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(api.get("/api/holds/" + hold.get("id").asLong(), bearer(plant.operator)).json().get("age_hours")
                .decimalValue()).isEqualByComparingTo("1.5");

        Instant resumedAt = clock.instant().minus(Duration.ofMinutes(30));
        Response early = api.post("/api/holds/" + hold.get("id").asLong() + "/resume", Map.of("version",
                hold.get("version").asLong(), "resumed_at", hold.get("held_at").asString()), bearer(plant.operator));
        assertThat(fields(early)).containsExactly("resumed_at");
        Response future = api.post("/api/holds/" + hold.get("id").asLong() + "/resume", Map.of("version",
                hold.get("version").asLong(), "resumed_at", clock.instant().plusSeconds(60).toString()),
                bearer(plant.operator));
        assertThat(fields(future)).containsExactly("resumed_at");
        JsonNode resumed = api.post("/api/holds/" + hold.get("id").asLong() + "/resume", Map.of("version",
                hold.get("version").asLong(), "resumed_at", resumedAt.toString()), bearer(plant.operator)).json();
        assertThat(resumed.get("duration_hours").decimalValue()).isEqualByComparingTo("1.00");
        advance(Duration.ofHours(5));
        JsonNode done = api.get("/api/work-orders/" + order + "/progress", bearer(plant.operator)).json();
        assertThat(done.get("currently_on_hold").asBoolean()).isFalse();
        assertThat(done.get("on_hold_hours").decimalValue()).isEqualByComparingTo("1.0");
    }

    @Test
    void anOrderStaysOnHoldUntilItsLastOpenHoldEnds() {
        long order = plant.order("WO-3");
        JsonNode first = api.post("/api/holds", plant.hold(order, "QUALITY_ISSUE", Map.of()), bearer(plant.operator)).json();
        advance(Duration.ofHours(1));
        JsonNode second = api.post("/api/holds", plant.hold(order, "MATERIAL_SHORTAGE", Map.of()), bearer(plant.operator))
                .json();
        Response planner = plant.transition(order, "ACTIVE", null);
        assertThat(planner.status()).isEqualTo(422);
        assertThat(fields(planner)).containsExactly("to_status");
        assertThat(planner.json().get("errors").get(0).get("message").asString()).contains("2 open hold(s)");

        advance(Duration.ofHours(1));
        assertThat(resume(first).status()).isEqualTo(200);
        assertThat(plant.status(order)).isEqualTo("ON_HOLD");
        advance(Duration.ofHours(2));
        assertThat(resume(second).json().get("duration_hours").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(plant.status(order)).isEqualTo("ACTIVE");
        assertThat(plant.moves(order)).containsExactly("->ACTIVE", "ACTIVE>ON_HOLD", "ON_HOLD>ACTIVE");
        JsonNode progress = api.get("/api/work-orders/" + order + "/progress", bearer(plant.operator)).json();
        assertThat(progress.get("on_hold_hours").decimalValue()).isEqualByComparingTo("4.0");
    }

    @Test
    void aCancelledHoldNeverTookEffect() {
        long order = plant.order("WO-4");
        JsonNode hold = api.post("/api/holds", plant.hold(order, "CUSTOMER_REQUEST", Map.of()), bearer(plant.operator))
                .json();
        advance(Duration.ofHours(2));
        Response noReason = api.post("/api/holds/" + hold.get("id").asLong() + "/cancel", Map.of("version",
                hold.get("version").asLong()), bearer(plant.operator));
        assertThat(fields(noReason)).containsExactly("reason");
        Response cancelled = api.post("/api/holds/" + hold.get("id").asLong() + "/cancel", Map.of("version",
                hold.get("version").asLong(), "reason", "Placed on the wrong order"), bearer(plant.operator));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("duration_hours").decimalValue()).isEqualByComparingTo("0");
        assertThat(cancelled.json().get("cancel_reason").asString()).isEqualTo("Placed on the wrong order");
        assertThat(cancelled.json().get("cancelled_by_name").asString()).startsWith("hl-op");
        assertThat(plant.status(order)).isEqualTo("ACTIVE");
        assertThat(api.get("/api/work-orders/" + order + "/progress", bearer(plant.operator)).json().get("on_hold_hours")
                .decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void aHoldRecordedOnAnOrderAPlannerPutOnHoldReturnsItWhenResumed() {
        long order = plant.order("WO-5");
        assertThat(plant.transition(order, "ON_HOLD", "Credit check").status()).isEqualTo(200);
        JsonNode hold = api.post("/api/holds", plant.hold(order, "CUSTOMER_REQUEST", Map.of()), bearer(plant.operator))
                .json();
        assertThat(plant.moves(order)).containsExactly("->ACTIVE", "ACTIVE>ON_HOLD");
        advance(Duration.ofHours(1));
        assertThat(resume(hold).status()).isEqualTo(200);
        assertThat(plant.status(order)).isEqualTo("ACTIVE");
        assertThat(plant.moves(order)).containsExactly("->ACTIVE", "ACTIVE>ON_HOLD", "ON_HOLD>ACTIVE");
    }

    @Test
    void agingListsOpenHoldsOldestFirstInBuckets() {
        long order = plant.order("WO-6");
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (Duration age : List.of(Duration.ofHours(1), Duration.ofDays(8), Duration.ofDays(4).plusHours(1))) {
            ids.add(created(api.post("/api/holds", plant.hold(order, "QUALITY_ISSUE", Map.of("held_at",
                    now.minus(age).toString())), bearer(plant.leader))));
        }
        JsonNode past = api.post("/api/holds", plant.hold(order, "QUALITY_ISSUE", Map.of("held_at",
                now.minus(Duration.ofDays(20)).toString(), "resumed_at", now.minus(Duration.ofDays(19)).toString())),
                bearer(plant.leader)).json();
        assertThat(past.get("status").asString()).isEqualTo("RESUMED");
        assertThat(past.get("duration_hours").decimalValue()).isEqualByComparingTo("24.00");

        JsonNode aging = api.get("/api/holds/aging?client_id=" + plant.client, bearer(plant.operator)).json();
        assertThat(aging.get("green").asLong()).isEqualTo(1);
        assertThat(aging.get("amber").asLong()).isEqualTo(1);
        assertThat(aging.get("red").asLong()).isEqualTo(1);
        List<String> rows = new ArrayList<>();
        aging.get("items").forEach(i -> rows.add(i.get("id").asLong() + ":" + i.get("bucket").asString() + ":"
                + i.get("age_days").asLong()));
        assertThat(rows).containsExactly(ids.get(1) + ":red:8", ids.get(2) + ":amber:4", ids.get(0) + ":green:0");
        assertThat(api.get("/api/holds?client_id=" + plant.client + "&open=false", bearer(plant.operator)).json()
                .get("total").asLong()).isEqualTo(1);
    }

    private Response resume(JsonNode hold) {
        long version = api.get("/api/holds/" + hold.get("id").asLong(), bearer(plant.operator)).json().get("version").asLong();
        return api.post("/api/holds/" + hold.get("id").asLong() + "/resume", Map.of("version", version),
                bearer(plant.operator));
    }

    private void advance(Duration by) {
        ((MutableClock) clock).advance(by);
        plant.signInAgain();
    }
}
