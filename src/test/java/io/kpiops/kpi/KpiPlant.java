package io.kpiops.kpi;

import static io.kpiops.support.Api.bearer;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A small plant entered through the API for the KPI tests, with numbers chosen so every KPI can be worked out by
 * hand (the arithmetic is in {@code KpiApiIT}):
 * <ul>
 *   <li>client K: Day shift 06:00–14:00 with a 30-minute break (7.5 h); lines L1, L2; product STD (0.05 h/unit,
 *       3 defect opportunities per unit); on D1 an entry on L1 (120 units, 6 defects, run 6 h, crew 4) and one on L2
 *       (100 units, no defects, run time left out, crew 5) with a 30-minute breakdown and a 60-minute planned
 *       maintenance on L2; a FINAL inspection; three attendance records; three work orders;</li>
 *   <li>client K2: 8-hour shift without breaks, product 0.1 h/unit, one entry on D1 (50 units, run 5 h);</li>
 *   <li>client X (kept out): an entry on D1 with quite different numbers.</li>
 * </ul>
 */
public final class KpiPlant {

    public static final LocalDate D1 = LocalDate.of(2026, 1, 5);
    public static final LocalDate D2 = LocalDate.of(2026, 1, 6);

    public final Api api;
    public final String admin;
    public final String leader;
    public final String operator;
    public final long client;
    public final long client2;
    public final long other;
    public final long line1;
    public final long line2;
    public final long shift;
    /** Production entry ids of client K in the order entered (L1, L2), and of client X. */
    public final List<Long> entries = new java.util.ArrayList<>();
    long otherEntry;

    public KpiPlant(int port) {
        api = new Api(port);
        admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        client = api.createClient(admin, "K" + n);
        client2 = api.createClient(admin, "KB" + n);
        other = api.createClient(admin, "KX" + n);
        api.createUser(admin, "klead" + n, "leader", "Leader!Plant26", client, client2);
        api.createUser(admin, "kop" + n, "operator", "Operator!Plant26", client);
        leader = api.token("klead" + n, "Leader!Plant26");
        operator = api.token("kop" + n, "Operator!Plant26");

        shift = create("/api/shifts", Map.of("client_id", client, "name", "Day", "start", "06:00", "end", "14:00",
                "breaks", List.of(Map.of("name", "Lunch", "start", "10:00", "duration_minutes", 30))));
        line1 = create("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"));
        line2 = create("/api/lines", Map.of("client_id", client, "code", "L2", "name", "Line 2"));
        long product = create("/api/products", Map.of("client_id", client, "code", "STD", "name", "Standard",
                "ideal_cycle_time_hours", 0.05, "defect_opportunities", 3));
        entries.add(entry(client, shift, line1, product, 120, 6, "6.00", 4));
        entries.add(entry(client, shift, line2, product, 100, 0, null, 5));
        downtime(client, shift, line2, reason(client, "BREAKDOWN"), "08:00", "08:30");
        downtime(client, shift, line2, reason(client, "PLANNED_MAINTENANCE"), "09:00", "10:00");
        create("/api/quality", Map.of("client_id", client, "shift_date", D1.toString(), "product_id", product,
                "inspection_stage", "FINAL", "units_inspected", 200, "units_passed_first_time", 190,
                "units_defective", 4, "total_defects", 6));
        attendance(product, "E1", Map.of("is_absent", true, "absence_type", "UNSCHEDULED_ABSENCE"));
        attendance(product, "E2", Map.of("is_absent", false));
        attendance(product, "E3", Map.of("is_absent", true, "absence_type", "VACATION"));
        order(product, "WO-1", Map.of("planned_ship_date", D2.toString(), "actual_delivery_date", D1.toString(),
                "delivered_quantity", 100));
        order(product, "WO-2", Map.of("planned_ship_date", D2.toString(), "planned_start_date", D1.toString()));
        order(product, "WO-3", Map.of());

        long shift2 = create("/api/shifts", Map.of("client_id", client2, "name", "Day", "start", "06:00", "end", "14:00",
                "breaks", List.of()));
        long lineB = create("/api/lines", Map.of("client_id", client2, "code", "B1", "name", "Line B1"));
        long productB = create("/api/products", Map.of("client_id", client2, "code", "B", "name", "B",
                "ideal_cycle_time_hours", 0.1));
        entry(client2, shift2, lineB, productB, 50, 0, "5.00", 2);

        long shiftX = create("/api/shifts", Map.of("client_id", other, "name", "Day", "start", "06:00", "end", "14:00",
                "breaks", List.of()));
        long lineX = create("/api/lines", Map.of("client_id", other, "code", "L1", "name", "Their line"));
        long productX = create("/api/products", Map.of("client_id", other, "code", "STD", "name", "Theirs",
                "ideal_cycle_time_hours", 0.01));
        otherEntry = entry(other, shiftX, lineX, productX, 999, 500, "1.00", 9);
    }

    private long entry(long clientId, long shiftId, long line, long product, int units, int defects, String runTime,
            int crew) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", clientId, "shift_date", D1.toString(),
                "shift_id", shiftId, "line_id", line, "product_id", product, "units_produced", units,
                "defect_count", defects, "employees_assigned", crew));
        if (runTime != null) {
            body.put("run_time_hours", runTime);
        }
        return create("/api/production", body);
    }

    private void downtime(long clientId, long shiftId, long line, long reason, String start, String end) {
        create("/api/downtime", Map.of("client_id", clientId, "shift_date", D1.toString(), "shift_id", shiftId,
                "line_id", line, "reason_id", reason, "start_time", start, "end_time", end));
    }

    private void attendance(long product, String code, Map<String, Object> changes) {
        long employee = create("/api/employees", Map.of("client_id", client, "code", code, "name", "Employee " + code));
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "employee_id", employee,
                "shift_date", D1.toString(), "shift_id", shift));
        body.putAll(changes);
        create("/api/attendance", body);
    }

    private void order(long product, String number, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "number", number, "product_id", product,
                "planned_quantity", 100));
        body.putAll(changes);
        create("/api/work-orders", body);
    }

    public long reason(long clientId, String code) {
        return api.downtimeReason(admin, clientId, code);
    }

    public long create(String path, Map<String, Object> body) {
        Response r = api.post(path, body, bearer(admin));
        if (r.status() != 201) {
            throw new AssertionError(path + " " + body + ": " + r);
        }
        return r.json().get("id").asLong();
    }
}
