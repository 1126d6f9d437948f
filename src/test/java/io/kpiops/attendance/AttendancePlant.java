package io.kpiops.attendance;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A client (plant time America/Chicago) with a leader and an operator, shifts 1st (06:00-14:00, 30 min lunch: 7.5
 * scheduled hours) and 2nd (14:00-22:00), employees E1-E3 on the 1st, E4 on the 2nd, E5 inactive on the 1st, and the
 * floaters F1 and F2.
 */
final class AttendancePlant {

    final Api api;
    final long client;
    final long first;
    final long second;
    final Map<String, Long> employees = new HashMap<>();
    final LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
    private final String leaderName;
    private final String operatorName;
    String admin;
    String leader;
    String operator;

    AttendancePlant(Api api, String prefix) {
        this.api = api;
        admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        client = api.createClient(admin, prefix + n);
        leaderName = prefix.toLowerCase() + "-lead" + n;
        operatorName = prefix.toLowerCase() + "-op" + n;
        api.createUser(admin, leaderName, "leader", "Leader!Plant26", client);
        api.createUser(admin, operatorName, "operator", "Operator!Plant26", client);
        leader = api.token(leaderName, "Leader!Plant26");
        operator = api.token(operatorName, "Operator!Plant26");
        first = created(api.post("/api/shifts", Map.of("client_id", client, "name", "1st", "start", "06:00", "end", "14:00",
                "breaks", List.of(Map.of("name", "Lunch", "start", "10:00", "duration_minutes", 30))), bearer(admin)));
        second = created(api.post("/api/shifts", Map.of("client_id", client, "name", "2nd", "start", "14:00",
                "end", "22:00"), bearer(admin)));
        employee("E1", first, false, true);
        employee("E2", first, false, true);
        employee("E3", first, false, true);
        employee("E4", second, false, true);
        employee("E5", first, false, false);
        employee("F1", null, true, true);
        employee("F2", null, true, true);
    }

    long employee(String code, Long shift, boolean floating, boolean active) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "code", code, "name", "Name " + code,
                "floating_pool", floating, "active", active));
        if (shift != null) {
            body.put("shift_id", shift);
        }
        long id = created(api.post("/api/employees", body, bearer(admin)));
        employees.put(code, id);
        return id;
    }

    long id(String code) {
        return employees.get(code);
    }

    /** A record of an employee in the 1st shift today, with extra fields. */
    Map<String, Object> entry(String code, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "employee_id", id(code),
                "shift_date", today.toString(), "shift_id", first));
        body.putAll(extra);
        return body;
    }

    Map<String, Object> absence(String code, String coveredBy) {
        Map<String, Object> extra = new HashMap<>(Map.of("is_absent", true, "absence_type", "UNSCHEDULED_ABSENCE"));
        if (coveredBy != null) {
            extra.put("covered_by_employee_id", id(coveredBy));
        }
        return entry(code, extra);
    }

    static long created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static List<String> fields(Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
