package io.kpiops.platform.web;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every list answers CSV for Accept: text/csv or ?format=csv: all matching rows of the caller's clients, protected. */
@IntegrationTest
class CsvExportIT {

    @LocalServerPort
    int port;

    Api api;
    String admin;
    String leader;
    long client;
    long other;
    long shift;
    long line;
    long product;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
        client = api.createClient(admin, "CA" + System.nanoTime() % 100_000);
        other = api.createClient(admin, "CB" + System.nanoTime() % 100_000);
        String name = "csvlead" + System.nanoTime();
        api.createUser(admin, name, "leader", "Leader!Plant26", client);
        leader = api.token(name, "Leader!Plant26");
        today = Api.plantToday();
        shift = id(api.post("/api/shifts", Map.of("client_id", client, "name", "Day", "start", "06:00", "end", "14:00"),
                bearer(admin)));
        line = id(api.post("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"), bearer(admin)));
        product = id(api.post("/api/products", Map.of("client_id", client, "code", "TEE", "name", "T-shirt"), bearer(admin)));
        long otherShift = id(api.post("/api/shifts", Map.of("client_id", other, "name", "Day", "start", "06:00",
                "end", "14:00"), bearer(admin)));
        long otherLine = id(api.post("/api/lines", Map.of("client_id", other, "code", "L9", "name", "Theirs"), bearer(admin)));
        long otherProduct = id(api.post("/api/products", Map.of("client_id", other, "code", "CAP", "name", "Cap"),
                bearer(admin)));
        assertThat(api.post("/api/production", Map.of("client_id", other, "shift_date", today.toString(), "shift_id",
                otherShift, "line_id", otherLine, "product_id", otherProduct, "units_produced", 9, "run_time_hours", 1,
                "employees_assigned", 1), bearer(admin)).status()).isEqualTo(201);
    }

    @Test
    void allMatchingRowsOfTheCallersClientsOverSeveralPagesWithTheirJsonNames() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(entry(i == 0 ? "=HYPERLINK(\"http://x\")" : i == 1 ? "-5 short" : "run " + i));
        }
        assertThat(api.post("/api/production/batch", Map.of("entries", rows), bearer(leader)).status()).isEqualTo(201);

        Response csv = api.get("/api/production?format=csv&size=50&page=1", bearer(leader));
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment").contains("filename=\"production-")
                .contains(".csv");
        assertThat(csv.header("X-Total-Count")).isEqualTo("120");
        assertThat(csv.header("X-Export-Truncated")).isEqualTo("false");
        List<String> lines = Arrays.asList(csv.text().split("\r\n"));
        assertThat(lines.getFirst()).startsWith("id,client_id,shift_date,shift_id,line_id,").contains(",units_produced,");
        assertThat(lines).hasSize(121);
        int clientColumn = 1;
        // only the leader's client: the other client's entry is not there
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split(",")[clientColumn])
                .isEqualTo(Long.toString(client)));
        assertThat(csv.text()).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").contains(",'-5 short,")
                .contains("," + today + ",").doesNotContain(",=HYPERLINK");
    }

    @Test
    void theAcceptHeaderWorksTooAndAnEmptyListStillHasItsHeaderRow() {
        Response orders = api.get("/api/work-orders?client_id=" + client, bearer(leader).header("Accept", "text/csv"));
        assertThat(orders.status()).isEqualTo(200);
        assertThat(orders.header("Content-Type")).startsWith("text/csv");
        assertThat(orders.text().split("\r\n")).hasSize(1);
        assertThat(orders.text()).startsWith("id,client_id,number,");
        // a caller naming no type, or any type, still gets JSON
        assertThat(api.get("/api/work-orders", bearer(leader)).header("Content-Type")).startsWith("application/json");
        assertThat(api.get("/api/work-orders", bearer(leader).header("Accept", "*/*")).header("Content-Type"))
                .startsWith("application/json");
    }

    @Test
    void anotherClientsRowsAreNotExportedAndABadFilterIsStillAProblem() {
        Response theirs = api.get("/api/production?format=csv&client_id=" + other, bearer(leader));
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.text().split("\r\n")).hasSize(1);
        Response bad = api.get("/api/production?format=csv&from=2026-02-01&to=2026-01-01", bearer(leader));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    @Test
    void adminListsExportToo() {
        Response audit = api.get("/api/audit?format=csv", bearer(admin));
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.text()).startsWith("id,");
        assertThat(audit.text().split("\r\n").length).isGreaterThan(2);
        assertThat(api.get("/api/users?format=csv", bearer(admin)).text()).contains("admin");
    }

    private Map<String, Object> entry(String notes) {
        Map<String, Object> e = new HashMap<>(Map.of("client_id", client, "shift_date", today.toString(), "shift_id", shift,
                "line_id", line, "product_id", product, "units_produced", 10, "run_time_hours", 1, "employees_assigned", 1));
        e.put("notes", notes);
        return e;
    }

    private static long id(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
