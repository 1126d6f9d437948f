package io.kpiops.downtime;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.downtime.DowntimeSetup.DowntimeSpec;
import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * Events that cross shift boundaries, through the API, on the plant Day 06–14, Evening 14–22, Night 22–06: split into
 * one linked record per shift, each on the production day its shift started; corrected part by part.
 */
@IntegrationTest
@Import(DowntimeSplitIT.Clocks.class)
class DowntimeSplitIT {

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

    @Autowired
    DowntimeSetup setup;

    DowntimeFixture f;
    Api api;
    LocalDate d;

    @BeforeEach
    void setUp() {
        f = new DowntimeFixture(port, clock);
        api = f.api;
        d = f.today.minusDays(3);
    }

    @Test
    void anEventRunningPastTheNightShiftGoesOnInTheDayShiftOfTheNextProductionDay() {
        JsonNode created = f.created(api.post("/api/downtime", f.event("shift_date", d.toString(), "shift_id", f.night,
                "start_time", "05:30", "end_time", "06:45"), bearer(f.operator)));
        assertThat(created.get("split").asBoolean()).isTrue();
        assertThat(DowntimeFixture.parts(created.get("items"))).containsExactly(
                d + "/" + f.night + " 05:30–06:00 30", d.plusDays(1) + "/" + f.day + " 06:00–06:45 45");
        JsonNode first = created.get("items").get(0);
        JsonNode second = created.get("items").get(1);
        assertThat(first.get("split_group").asString()).isNotBlank().isEqualTo(second.get("split_group").asString())
                .isEqualTo(created.get("split_group").asString());
        assertThat(first.get("split_part").asInt()).isEqualTo(1);
        assertThat(second.get("split_part").asInt()).isEqualTo(2);
        assertThat(created.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(f.total("/api/downtime?client_id=" + f.client + "&shift_id=" + f.day + "&from=" + d.plusDays(1)))
                .isEqualTo(1);

        JsonNode byDuration = f.created(api.post("/api/downtime", f.event("shift_date", d.toString(), "shift_id", f.night,
                "start_time", "05:30", "end_time", null, "duration_minutes", 75), bearer(f.operator)));
        assertThat(DowntimeFixture.parts(byDuration.get("items"))).containsExactly(
                d + "/" + f.night + " 05:30–06:00 30", d.plusDays(1) + "/" + f.day + " 06:00–06:45 45");
    }

    @Test
    void theEveningShiftHandsOverToTheNightShiftOfTheSameDayAndMidnightInsideTheNightSplitsNothing() {
        JsonNode evening = f.created(api.post("/api/downtime", f.event("shift_date", d.toString(), "shift_id", f.evening,
                "start_time", "21:30", "end_time", "22:30"), bearer(f.leader)));
        assertThat(DowntimeFixture.parts(evening.get("items"))).containsExactly(
                d + "/" + f.evening + " 21:30–22:00 30", d + "/" + f.night + " 22:00–22:30 30");

        JsonNode midnight = f.created(api.post("/api/downtime", f.event("shift_date", d.toString(), "shift_id", f.night,
                "start_time", "23:30", "end_time", "00:30"), bearer(f.leader)));
        assertThat(midnight.get("split").asBoolean()).isFalse();
        assertThat(DowntimeFixture.parts(midnight.get("items"))).containsExactly(d + "/" + f.night + " 23:30–00:30 60");
        assertThat(midnight.get("items").get(0).get("split_group").isNull()).isTrue();

        JsonNode long10h = f.created(api.post("/api/downtime", f.event("shift_date", d.toString(), "start_time", "13:00",
                "end_time", "23:00"), bearer(f.leader)));
        assertThat(DowntimeFixture.parts(long10h.get("items"))).containsExactly(d + "/" + f.day + " 13:00–14:00 60",
                d + "/" + f.evening + " 14:00–22:00 480", d + "/" + f.night + " 22:00–23:00 60");
    }

    @Test
    void aShiftEndingAtMidnightHandsOverToTheShiftStartingAtMidnightOnTheNextDay() {
        long late = shift("Late", "16:00", "00:00");
        long graveyard = shift("Graveyard", "00:00", "08:00");
        JsonNode created = f.created(api.post("/api/downtime", f.event("shift_date", d.toString(), "shift_id", late,
                "start_time", "23:30", "end_time", "00:30"), bearer(f.leader)));
        assertThat(DowntimeFixture.parts(created.get("items"))).containsExactly(
                d + "/" + late + " 23:30–00:00 30", d.plusDays(1) + "/" + graveyard + " 00:00–00:30 30");
    }

    @Test
    void withoutAShiftAtTheBoundaryTheEndIsRefusedAndADurationAloneMustFitItsShift() {
        long saturday = shift("Saturday", "07:00", "11:00");
        Response gap = api.post("/api/downtime", f.event("shift_id", saturday, "start_time", "10:30", "end_time", "11:30"),
                bearer(f.leader));
        assertThat(DowntimeFixture.fields(gap)).containsExactly("end_time");
        assertThat(gap.json().get("errors").get(0).get("message").asString())
                .contains("past the end of shift Saturday at 11:00").contains("no shift starts then");

        JsonNode whole = f.created(api.post("/api/downtime", f.event("start_time", null, "end_time", null,
                "duration_minutes", 480), bearer(f.leader)));
        assertThat(whole.get("split").asBoolean()).isFalse();
        assertThat(f.refused("start_time", null, "end_time", null, "duration_minutes", 481)).containsExactly("duration_minutes");
        assertThat(f.total("/api/downtime?client_id=" + f.client)).isEqualTo(1);
    }

    @Test
    void aPartIsCorrectedOnItsOwnAndStaysInsideItsShift() {
        JsonNode items = f.created(api.post("/api/downtime", f.event("shift_date", d.toString(), "shift_id", f.night,
                "start_time", "05:30", "end_time", "06:45"), bearer(f.leader))).get("items");
        JsonNode first = items.get(0);
        JsonNode second = items.get(1);
        Response longer = api.put("/api/downtime/" + second.get("id").asLong(), f.event("shift_date", d.plusDays(1).toString(),
                "start_time", "06:00", "end_time", "07:30", "version", second.get("version").asLong()), bearer(f.leader));
        assertThat(longer.status()).as(longer.toString()).isEqualTo(200);
        assertThat(longer.json().get("duration_minutes").asInt()).isEqualTo(90);
        assertThat(longer.json().get("split_group").asString()).isEqualTo(second.get("split_group").asString());

        Response across = api.put("/api/downtime/" + first.get("id").asLong(), f.event("shift_date", d.toString(),
                "shift_id", f.night, "start_time", "05:30", "end_time", "06:30", "version", first.get("version").asLong()),
                bearer(f.leader));
        assertThat(DowntimeFixture.fields(across)).containsExactly("end_time");
        assertThat(across.json().get("errors").get(0).get("message").asString())
                .startsWith("must not be after the end of shift Night (06:00)");
        assertThat(api.get("/api/downtime/" + first.get("id").asLong(), bearer(f.leader)).json().get("duration_minutes")
                .asInt()).isEqualTo(30);

        assertThat(api.send("DELETE", "/api/downtime/" + first.get("id").asLong(), null, null, bearer(f.admin)).status())
                .isEqualTo(204);
        assertThat(api.get("/api/downtime/" + second.get("id").asLong(), bearer(f.leader)).status()).isEqualTo(200);
    }

    @Test
    void theSystemSetsUpDowntimeInBulkSplitLikeTheApi() {
        int written = setup.createAll(List.of(
                new DowntimeSpec(f.client, d, f.night, f.line1, null, f.breakdown, LocalTime.of(5, 30), LocalTime.of(6, 45),
                        null, "Press 4", "Demo"),
                new DowntimeSpec(f.client, d, f.day, null, f.order, f.maintenance, null, null, 30, null, null)));
        assertThat(written).isEqualTo(3);
        JsonNode items = api.get("/api/downtime?client_id=" + f.client + "&sort=id", bearer(f.leader)).json().get("items");
        assertThat(DowntimeFixture.parts(items)).containsExactly(d + "/" + f.night + " 05:30–06:00 30",
                d.plusDays(1) + "/" + f.day + " 06:00–06:45 45", d + "/" + f.day + " -–- 30");
        assertThat(items.get(0).get("split_group").asString()).isEqualTo(items.get(1).get("split_group").asString());
        assertThat(items.get(2).get("line_id").asLong()).isEqualTo(f.line2);
        assertThat(items.get(2).get("entry_method").asString()).isEqualTo("SYSTEM_IMPORT");
        assertThat(api.get("/api/audit?entity=downtime_entry&entity_id=" + items.get(1).get("id").asLong(),
                bearer(f.admin)).json().get("items")).hasSize(1);
    }

    private long shift(String name, String start, String end) {
        Response r = api.post("/api/shifts", Map.of("client_id", f.client, "name", name, "start", start, "end", end,
                "breaks", List.of()), bearer(f.admin));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
