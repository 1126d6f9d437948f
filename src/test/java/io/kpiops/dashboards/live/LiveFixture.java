package io.kpiops.dashboards.live;

import static io.kpiops.support.Api.bearer;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import java.time.LocalDate;
import java.util.Map;

/** A client with a leader, a product, a line and a shift, enough to record production entries for it. */
record LiveFixture(long client, String leader, long product, long line, long shift) {

    static LiveFixture create(Api api, String admin, String prefix) {
        long client = api.createClient(admin, prefix + System.nanoTime() % 100_000);
        String name = prefix.toLowerCase() + System.nanoTime();
        api.createUser(admin, name, "leader", "Leader!Plant26", client);
        String leader = api.token(name, "Leader!Plant26");
        long product = id(api.post("/api/products", Map.of("client_id", client, "code", "TEE", "name", "T-shirt"),
                bearer(admin)));
        long line = id(api.post("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"), bearer(admin)));
        long shift = id(api.post("/api/shifts", Map.of("client_id", client, "name", "Day", "start", "06:00",
                "end", "14:00"), bearer(admin)));
        return new LiveFixture(client, leader, product, line, shift);
    }

    Map<String, Object> entry(LocalDate day) {
        return Map.of("client_id", client, "shift_date", day.toString(), "shift_id", shift, "line_id", line,
                "product_id", product, "units_produced", 100, "run_time_hours", 7, "employees_assigned", 3);
    }

    Response create(Api api, LocalDate day) {
        return api.post("/api/production", entry(day), bearer(leader));
    }

    private static long id(Response r) {
        if (r.status() != 201) {
            throw new IllegalStateException(r.toString());
        }
        return r.json().get("id").asLong();
    }
}
