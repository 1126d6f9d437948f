package io.kpiops.attendance;

import static io.kpiops.attendance.AttendancePlant.created;
import static io.kpiops.attendance.AttendancePlant.fields;
import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Floating-pool cover (one absence per floater, shift and day) and the roster of a shift saved in one batch. */
@IntegrationTest
class AttendanceRosterIT {

    @LocalServerPort
    int port;

    Api api;
    AttendancePlant plant;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        plant = new AttendancePlant(api, "AR");
    }

    @Test
    void aFloaterCoversOneAbsencePerShiftAndDay() {
        created(api.post("/api/attendance", plant.absence("E1", "F1"), bearer(plant.operator)));
        Response twice = api.post("/api/attendance", plant.absence("E2", "F1"), bearer(plant.operator));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(fields(twice)).containsExactly("covered_by_employee_id");
        assertThat(twice.json().get("errors").get(0).get("message").asString())
                .contains("F1 Name F1").contains("already covers E1 Name E1").contains("shift 1st");

        Map<String, Object> otherShift = plant.absence("E4", "F1");
        otherShift.put("shift_id", plant.second);
        created(api.post("/api/attendance", otherShift, bearer(plant.operator)));

        Response batch = api.post("/api/attendance/batch", Map.of("entries", List.of(plant.absence("E2", "F2"),
                plant.absence("E3", "F2"))), bearer(plant.operator));
        assertThat(batch.status()).isEqualTo(409);
        assertThat(fields(batch)).containsExactly("entries[1].covered_by_employee_id");
        assertThat(batch.json().get("errors").get(0).get("message").asString())
                .contains("already covers E2 Name E2").contains("(entries[0])");

        Response absentFloater = api.post("/api/attendance/batch", Map.of("entries", List.of(plant.absence("E2", "F2"),
                plant.absence("F2", null))), bearer(plant.operator));
        assertThat(absentFloater.status()).isEqualTo(422);
        assertThat(fields(absentFloater)).containsExactly("entries[0].covered_by_employee_id", "entries[1].is_absent");
        assertThat(api.get("/api/attendance?client_id=" + plant.client, bearer(plant.operator)).json().get("total")
                .asLong()).as("refused batches store nothing").isEqualTo(2);
    }

    @Test
    void theRosterMergesTheShiftsEmployeesWithTheirRecordsAndIsSavedInOneBatch() {
        long e1 = created(api.post("/api/attendance", plant.absence("E1", "F1"), bearer(plant.operator)));
        JsonNode roster = roster();
        assertThat(codes(roster.get("rows"))).containsExactly("E1", "E2", "E3");
        assertThat(roster.get("scheduled_hours").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(roster.get("editable").asBoolean()).isTrue();
        assertThat(roster.get("recorded").asInt()).isEqualTo(1);
        JsonNode first = roster.get("rows").get(0);
        assertThat(first.get("entry").get("id").asLong()).isEqualTo(e1);
        assertThat(roster.get("rows").get(1).get("entry").isNull()).isTrue();
        assertThat(codes(roster.get("floaters"))).containsExactly("F1", "F2");
        assertThat(roster.get("floaters").get(0).get("covering_employee_id").asLong()).isEqualTo(plant.id("E1"));
        assertThat(roster.get("floaters").get(0).get("available").asBoolean()).isFalse();
        assertThat(roster.get("floaters").get(1).get("available").asBoolean()).isTrue();

        long version = first.get("entry").get("version").asLong();
        Map<String, Object> e1Present = withIdentity(plant.entry("E1", Map.of("late_minutes", 5)), e1, version);
        Map<String, Object> e3Stale = withIdentity(plant.entry("E3", Map.of()), e1, version - 1);
        Response refused = api.post("/api/attendance/batch", Map.of("entries", List.of(e1Present,
                plant.absence("E2", "F1"), plant.entry("E3", Map.of("absence_type", "VACATION")), e3Stale)),
                bearer(plant.operator));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactlyInAnyOrder("entries[2].absence_type", "entries[3].id");
        assertThat(roster().get("recorded").asInt()).isEqualTo(1);

        Response saved = api.post("/api/attendance/batch", Map.of("entries", List.of(e1Present,
                plant.absence("E2", "F1"), plant.entry("E3", Map.of()))), bearer(plant.operator));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.json().get("created").asInt()).isEqualTo(2);
        assertThat(saved.json().get("updated").asInt()).isEqualTo(1);
        assertThat(saved.json().get("items").get(0).get("id").asLong()).isEqualTo(e1);
        assertThat(saved.json().get("items").get(0).get("is_absent").asBoolean()).isFalse();

        JsonNode after = roster();
        assertThat(after.get("recorded").asInt()).isEqualTo(3);
        assertThat(after.get("absent").asInt()).isEqualTo(1);
        assertThat(after.get("covered").asInt()).isEqualTo(1);
        assertThat(after.get("floaters").get(0).get("covering_employee_id").asLong())
                .as("F1 was handed from E1 to E2 in the same save").isEqualTo(plant.id("E2"));

        Response staleSave = api.post("/api/attendance/batch", Map.of("entries", List.of(e1Present)), bearer(plant.operator));
        assertThat(staleSave.status()).isEqualTo(409);
        assertThat(fields(staleSave)).containsExactly("entries[0].version");
        Response duplicate = api.post("/api/attendance/batch", Map.of("entries", List.of(plant.entry("E3", Map.of()))),
                bearer(plant.operator));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(fields(duplicate)).containsExactly("entries[0].employee_id");
    }

    private JsonNode roster() {
        Response r = api.get("/api/attendance/roster?client_id=" + plant.client + "&shift_date=" + plant.today
                + "&shift_id=" + plant.first, bearer(plant.operator));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static Map<String, Object> withIdentity(Map<String, Object> body, long id, long version) {
        Map<String, Object> row = new HashMap<>(body);
        row.put("id", id);
        row.put("version", version);
        return row;
    }

    private static List<String> codes(JsonNode rows) {
        List<String> codes = new ArrayList<>();
        rows.forEach(r -> codes.add(r.get("employee_code").asString()));
        return codes;
    }
}
