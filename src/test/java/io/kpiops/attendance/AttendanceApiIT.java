package io.kpiops.attendance;

import static io.kpiops.attendance.AttendancePlant.created;
import static io.kpiops.attendance.AttendancePlant.fields;
import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Attendance records through the HTTP API: one per employee, shift and day, the rules, retries, roles and tenancy. */
@IntegrationTest
class AttendanceApiIT {

    @LocalServerPort
    int port;

    Api api;
    AttendancePlant plant;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        plant = new AttendancePlant(api, "AT");
    }

    @Test
    void anOperatorRecordsAttendanceOnceAndCorrectsItWithItsVersion() {
        Map<String, Object> body = plant.entry("E1", Map.of());
        Response first = api.post("/api/attendance", body, bearer(plant.operator).header("Idempotency-Key", "att-1"));
        long id = created(first);
        Response retry = api.post("/api/attendance", body, bearer(plant.operator).header("Idempotency-Key", "att-1"));
        assertThat(retry.json().get("id").asLong()).isEqualTo(id);

        JsonNode read = api.get("/api/attendance/" + id, bearer(plant.operator)).json();
        assertThat(read.get("employee_code").asString()).isEqualTo("E1");
        assertThat(read.get("shift_name").asString()).isEqualTo("1st");
        assertThat(read.get("scheduled_hours").decimalValue()).as("8 h less the lunch").isEqualByComparingTo("7.5");
        assertThat(read.get("actual_hours").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(read.get("is_absent").asBoolean()).isFalse();
        assertThat(read.get("absence_hours").isNull()).isTrue();
        assertThat(read.get("entered_by_name").asString()).startsWith("at-op");

        Response second = api.post("/api/attendance", plant.absence("E1", null), bearer(plant.leader));
        assertThat(second.status()).isEqualTo(409);
        assertThat(fields(second)).containsExactly("employee_id");
        assertThat(second.json().get("existing_id").asLong()).isEqualTo(id);

        Map<String, Object> change = new HashMap<>(plant.entry("E1", Map.of("late_minutes", 20, "actual_hours", 7.17,
                "absence_hours", 0.33, "notes", " Bus late ")));
        change.put("version", read.get("version").asLong());
        Response updated = api.put("/api/attendance/" + id, change, bearer(plant.operator));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("late_minutes").asInt()).isEqualTo(20);
        assertThat(updated.json().get("absence_hours").decimalValue()).isEqualByComparingTo("0.33");
        assertThat(updated.json().get("notes").asString()).isEqualTo("Bus late");
        Response stale = api.put("/api/attendance/" + id, change, bearer(plant.operator));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("current_version").asLong()).isEqualTo(updated.json().get("version").asLong());

        assertThat(api.send("DELETE", "/api/attendance/" + id, null, null, bearer(plant.leader)).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/attendance/" + id, null, null, bearer(plant.admin)).status()).isEqualTo(204);
        assertThat(api.get("/api/attendance/" + id, bearer(plant.admin)).status()).isEqualTo(404);
        long again = created(api.post("/api/attendance", body, bearer(plant.operator)));
        assertThat(again).as("a deleted record does not block a new one").isNotEqualTo(id);

        JsonNode audit = api.get("/api/audit?entity=attendance_entry&entity_id=" + id, bearer(plant.admin)).json();
        assertThat(audit.get("total").asLong()).isEqualTo(3);
        assertThat(api.get("/api/attendance?client_id=" + plant.client + "&from=" + plant.today + "&to=" + plant.today
                + "&employee_id=" + plant.id("E1"), bearer(plant.operator)).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void everyBrokenRuleIsNamedOnItsField() {
        assertRefused(plant.entry("E1", Map.of("is_absent", true)), "absence_type");
        assertRefused(plant.entry("E1", Map.of("absence_type", "VACATION", "covered_by_employee_id", plant.id("F1"))),
                "absence_type", "covered_by_employee_id");
        assertRefused(plant.entry("E1", Map.of("late_minutes", 480)), "late_minutes");
        assertRefused(plant.entry("E1", Map.of("is_absent", true, "absence_type", "MEDICAL_LEAVE", "late_minutes", 5,
                "actual_hours", 7.5)), "late_minutes", "actual_hours");
        assertRefused(plant.entry("E1", Map.of("absence_hours", 8)), "absence_hours");
        assertRefused(plant.entry("E1", Map.of("actual_hours", 6, "absence_hours", 2)), "absence_hours");
        assertRefused(plant.entry("E1", Map.of("scheduled_hours", 0, "actual_hours", 25)), "scheduled_hours", "actual_hours");
        assertRefused(plant.absence("E1", "E2"), "covered_by_employee_id");
        assertRefused(plant.absence("F1", "F1"), "covered_by_employee_id");
        assertRefused(plant.entry("E5", Map.of()), "employee_id");
        assertRefused(plant.entry("E1", Map.of("shift_date", plant.today.plusDays(1).toString())), "shift_date");
        Response old = api.post("/api/attendance", plant.entry("E1", Map.of("shift_date",
                plant.today.minusDays(10).toString())), bearer(plant.operator));
        assertThat(fields(old)).containsExactly("shift_date");
        assertThat(created(api.post("/api/attendance", plant.entry("E1", Map.of("shift_date",
                plant.today.minusDays(10).toString())), bearer(plant.leader)))).isPositive();

        AttendancePlant other = new AttendancePlant(api, "AX");
        assertRefused(plant.entry("E1", Map.of("employee_id", other.id("E1"), "shift_id", other.first,
                "covered_by_employee_id", other.id("F1"), "is_absent", true, "absence_type", "VACATION")),
                "employee_id", "shift_id", "covered_by_employee_id");
        Response foreign = api.post("/api/attendance", other.entry("E1", Map.of()), bearer(plant.operator));
        assertThat(fields(foreign)).containsExactly("client_id");
        assertThat(api.get("/api/attendance/roster?client_id=" + other.client + "&shift_date=" + plant.today
                + "&shift_id=" + other.first, bearer(plant.operator)).status()).isEqualTo(422);
        assertThat(api.get("/api/attendance?client_id=" + plant.client, bearer(plant.operator)).json().get("total")
                .asLong()).isEqualTo(1);
    }

    private void assertRefused(Map<String, Object> body, String... expected) {
        Response r = api.post("/api/attendance", body, bearer(plant.leader));
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(fields(r)).containsExactlyInAnyOrder(expected);
    }
}
