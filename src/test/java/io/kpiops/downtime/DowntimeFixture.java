package io.kpiops.downtime;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A client ready for downtime entries (and a second client to be kept out): users of each entry role, three shifts
 * round the clock (Day 06–14, Evening 14–22, Night 22–06), two lines, a work order usually run on line L2, the
 * default reason catalogue; the plant's today (clients are in America/Chicago).
 */
final class DowntimeFixture {

    final Api api;
    final String admin;
    final String leader;
    final String operator;
    final String operatorName;
    final long client;
    final long other;
    final long day;
    final long evening;
    final long night;
    final long line1;
    final long line2;
    final long order;
    final long breakdown;
    final long maintenance;
    final long otherShift;
    final long otherLine;
    final long otherOrder;
    final long otherReason;
    final LocalDate today;

    DowntimeFixture(int port, Clock clock) {
        api = new Api(port);
        admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        client = api.createClient(admin, "DA" + n);
        other = api.createClient(admin, "DX" + n);
        operatorName = "dop" + n;
        api.createUser(admin, "dlead" + n, "leader", "Leader!Plant26", client);
        api.createUser(admin, operatorName, "operator", "Operator!Plant26", client);
        leader = api.token("dlead" + n, "Leader!Plant26");
        operator = api.token(operatorName, "Operator!Plant26");
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("America/Chicago"));
        day = shift(client, "Day", "06:00", "14:00");
        evening = shift(client, "Evening", "14:00", "22:00");
        night = shift(client, "Night", "22:00", "06:00");
        otherShift = shift(other, "Day", "06:00", "14:00");
        line1 = create("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"));
        line2 = create("/api/lines", Map.of("client_id", client, "code", "L2", "name", "Line 2"));
        otherLine = create("/api/lines", Map.of("client_id", other, "code", "L1", "name", "Their line"));
        long product = create("/api/products", Map.of("client_id", client, "code", "TEE", "name", "T-shirt"));
        long otherProduct = create("/api/products", Map.of("client_id", other, "code", "TEE", "name", "Their tee"));
        order = create("/api/work-orders", Map.of("client_id", client, "number", "WO-D1", "product_id", product,
                "planned_quantity", 500, "jobs", List.of(Map.of("sequence", 1, "operation_name", "Sew", "line_id", line2))));
        otherOrder = create("/api/work-orders", Map.of("client_id", other, "number", "WO-D1", "product_id", otherProduct,
                "planned_quantity", 10));
        breakdown = reason(client, "BREAKDOWN");
        maintenance = reason(client, "PLANNED_MAINTENANCE");
        otherReason = reason(other, "BREAKDOWN");
    }

    /** A breakdown on line L1 in the Day shift two days ago, 08:00–08:30, with changes ("field", value; null removes). */
    Map<String, Object> event(Object... changes) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("client_id", client, "shift_date", today.minusDays(2).toString(),
                "shift_id", day, "line_id", line1, "reason_id", breakdown, "start_time", "08:00", "end_time", "08:30"));
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                body.remove((String) changes[i]);
            } else {
                body.put((String) changes[i], changes[i + 1]);
            }
        }
        return body;
    }

    /** The fields a create by the leader with these changes is refused on (422). */
    List<String> refused(Object... changes) {
        Response r = api.post("/api/downtime", event(changes), bearer(leader));
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        return fields(r);
    }

    static List<String> fields(Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    long total(String path) {
        Response r = api.get(path, bearer(leader));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("total").asLong();
    }

    /** The records a create answered (201). */
    JsonNode created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** Each record as "shift date/shift id start–end duration". */
    static List<String> parts(JsonNode items) {
        List<String> parts = new ArrayList<>();
        items.forEach(i -> parts.add(i.get("shift_date").asString() + "/" + i.get("shift_id").asLong() + " "
                + i.path("start_time").asString("-") + "–" + i.path("end_time").asString("-") + " "
                + i.get("duration_minutes").asInt()));
        return parts;
    }

    private long shift(long clientId, String name, String start, String end) {
        return create("/api/shifts", Map.of("client_id", clientId, "name", name, "start", start, "end", end,
                "breaks", List.of()));
    }

    private long reason(long clientId, String code) {
        return api.downtimeReason(admin, clientId, code);
    }

    private long create(String path, Map<String, Object> body) {
        Response r = api.post(path, body, bearer(admin));
        assertThat(r.status()).as(path + ": " + r).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
