package io.kpiops.attendance;

import static io.kpiops.attendance.AttendancePlant.fields;
import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Part;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Employees' usual shift (API and import) and attendance through the import pipeline. */
@IntegrationTest
class AttendanceImportIT {

    @LocalServerPort
    int port;

    Api api;
    AttendancePlant plant;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        plant = new AttendancePlant(api, "AI");
    }

    @Test
    void anEmployeesUsualShiftIsAShiftOfTheirClient() {
        AttendancePlant other = new AttendancePlant(api, "AJ");
        Response foreign = api.post("/api/employees", Map.of("client_id", plant.client, "code", "E9", "name", "Nine",
                "shift_id", other.first, "line_id", 999_999), bearer(plant.admin));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(fields(foreign)).containsExactlyInAnyOrder("shift_id", "line_id");

        JsonNode e1 = api.get("/api/employees/" + plant.id("E1"), bearer(plant.operator)).json();
        assertThat(e1.get("shift_id").asLong()).isEqualTo(plant.first);
        Response moved = api.put("/api/employees/" + plant.id("E1"), Map.of("name", "Name E1", "shift_id", plant.second,
                "floating_pool", false, "active", true, "version", e1.get("version").asLong()), bearer(plant.admin));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("shift_id").asLong()).isEqualTo(plant.second);

        JsonNode preview = upload("employees", """
                code,name,turno
                E1,Name E1,1ST
                E2,Name E2,
                E10,Ten,2nd
                E11,Eleven,Night
                """, plant.admin);
        assertThat(errors(preview, 5)).containsExactly("shift");
        commit(preview, plant.admin);
        assertThat(api.get("/api/employees/" + plant.id("E1"), bearer(plant.admin)).json().get("shift_id").asLong())
                .isEqualTo(plant.first);
        assertThat(api.get("/api/employees/" + plant.id("E2"), bearer(plant.admin)).json().get("shift_id").asLong())
                .as("an empty cell keeps the current shift").isEqualTo(plant.first);
        JsonNode ten = api.get("/api/employees?client_id=" + plant.client + "&q=E10", bearer(plant.admin)).json()
                .get("items").get(0);
        assertThat(ten.get("shift_id").asLong()).isEqualTo(plant.second);
    }

    @Test
    void aLeaderImportsAttendanceAndEveryBadRowSaysWhy() {
        String day = plant.today.minusDays(1).toString();
        api.post("/api/attendance", plant.entry("E3", Map.of("shift_date", day)), bearer(plant.leader));
        JsonNode preview = upload("attendance", "Empleado,Fecha,Turno,Estado,actual_hours,covered_by,late_minutes\n"
                + "e1," + day + ",1st,Present,7.5,,10\n"
                + "E2," + day + ",1st,Vacation,,F1,\n"
                + "E4," + day + ",1st,Absent,,F1,\n"
                + "E1," + day + ",1st,Present,,,\n"
                + "E3," + day + ",1st,Present,,,\n"
                + "E9," + day + ",Night,Sick,,,\n"
                + "F1," + day + ",1st,Medical,,,\n"
                + "E4," + day + ",2nd,Late,8,,5\n", plant.leader);
        assertThat(errors(preview, 2)).isEmpty();
        assertThat(errors(preview, 3)).isEmpty();
        assertThat(errors(preview, 4)).containsExactly("covered_by");
        assertThat(errors(preview, 5)).containsExactly("employee");
        assertThat(errors(preview, 6)).containsExactly("employee");
        assertThat(errors(preview, 7)).containsExactlyInAnyOrder("employee", "shift", "status");
        assertThat(errors(preview, 8)).containsExactly("is_absent");
        assertThat(errors(preview, 9)).isEmpty();
        JsonNode done = commit(preview, plant.leader);
        assertThat(done.get("created").asInt()).isEqualTo(3);

        JsonNode records = api.get("/api/attendance?client_id=" + plant.client + "&from=" + day + "&to=" + day
                + "&sort=employee_id", bearer(plant.leader)).json();
        assertThat(records.get("total").asLong()).isEqualTo(4);
        JsonNode e2 = records.get("items").get(1);
        assertThat(e2.get("employee_code").asString()).isEqualTo("E2");
        assertThat(e2.get("is_absent").asBoolean()).isTrue();
        assertThat(e2.get("absence_type").asString()).isEqualTo("VACATION");
        assertThat(e2.get("covered_by_employee_code").asString()).isEqualTo("F1");
        assertThat(e2.get("actual_hours").decimalValue()).isEqualByComparingTo("0");
        assertThat(e2.get("entry_method").asString()).isEqualTo("CSV_UPLOAD");
    }

    private JsonNode upload(String type, String csv, String token) {
        Response r = api.multipart("POST", "/api/imports?size=100", List.of(Part.field("type", type),
                Part.field("client_id", plant.client), Part.file("file", type + ".csv", csv.getBytes(StandardCharsets.UTF_8))),
                bearer(token));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private JsonNode commit(JsonNode preview, String token) {
        Response r = api.post("/api/imports/" + preview.get("import_id").asLong() + "/commit", Map.of("mode", "valid_only"),
                bearer(token));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<String> errors(JsonNode preview, int rowNumber) {
        for (JsonNode row : preview.get("rows")) {
            if (row.get("row_number").asInt() == rowNumber) {
                List<String> fields = new ArrayList<>();
                row.get("errors").forEach(e -> fields.add(e.get("field").asString()));
                return fields;
            }
        }
        throw new AssertionError("no row " + rowNumber + " in " + preview);
    }
}
