package io.kpiops.demo;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.matching.ReadTimeMatch;
import io.kpiops.support.Api;
import io.kpiops.support.TestDatabaseInitializer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * A first start on an empty database creates the documented demo logins, clients, plant model, work orders and 90
 * days of shift data of a consistent shape (all of it written through the entry modules' rules).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "kpi.demo-data=true", "kpi.jwt-secret=integration-test-secret-of-at-least-32-bytes",
    "kpi.auth-rate-limit-per-minute=1000", "spring.main.banner-mode=off", "logging.level.root=WARN"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoDataIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachProductionEntryCarriesTheDowntimeMatchedToIt() {
        Api api = new Api(port);
        String admin = api.token("admin", DemoData.PASSWORDS.get("admin"));
        for (JsonNode client : api.get("/api/clients", bearer(admin)).json().get("items")) {
            long id = client.get("id").asLong();
            var reference = ReadTimeMatch.reference(jdbc, id);
            assertThat(reference.values().stream().filter(m -> m.records() > 0).count()).isPositive();
            assertThat(ReadTimeMatch.maintained(jdbc, id)).isEqualTo(reference);
        }
    }

    @Test
    void everyDocumentedDemoLoginWorksWithItsClients() {
        Api api = new Api(port);
        Map<String, Integer> clientsOf = Map.of("admin", 5, "poweruser", 3, "leader1", 2, "operator1", 1, "operator2", 1);
        clientsOf.forEach((user, count) -> {
            var login = api.login(user, DemoData.PASSWORDS.get(user));
            assertThat(login.status()).as(user).isEqualTo(200);
            assertThat(login.json().get("user").get("clients").size()).as(user).isEqualTo(count);
        });
    }

    @Test
    void eachClientHasAPlantModel() {
        Api api = new Api(port);
        String admin = api.token("admin", DemoData.PASSWORDS.get("admin"));
        for (JsonNode client : api.get("/api/clients", bearer(admin)).json().get("items")) {
            long id = client.get("id").asLong();
            assertThat(total(api, admin, "/api/shifts?client_id=" + id)).isEqualTo(3);
            assertThat(total(api, admin, "/api/lines?client_id=" + id)).isEqualTo(3);
            assertThat(total(api, admin, "/api/products?client_id=" + id)).isEqualTo(6);
            assertThat(total(api, admin, "/api/employees?client_id=" + id)).isEqualTo(20);
            assertThat(total(api, admin, "/api/defect-types?client_id=" + id)).isGreaterThanOrEqualTo(8);
        }
        JsonNode night = api.get("/api/shifts?q=night&size=1", bearer(admin)).json().get("items").get(0);
        assertThat(night.get("crosses_midnight").asBoolean()).isTrue();
        assertThat(night.get("scheduled_minutes").asInt()).isEqualTo(435);
    }

    @Test
    void eachClientHasWorkOrdersInEveryStatusWithTheirHistory() {
        Api api = new Api(port);
        String admin = api.token("admin", DemoData.PASSWORDS.get("admin"));
        for (JsonNode client : api.get("/api/clients", bearer(admin)).json().get("items")) {
            long id = client.get("id").asLong();
            assertThat(total(api, admin, "/api/work-orders?client_id=" + id)).isEqualTo(25);
            for (JsonNode count : api.get("/api/work-orders/status-counts?client_id=" + id, bearer(admin)).json()) {
                assertThat(count.get("count").asLong()).as(count.get("status").asString()).isPositive();
            }
            JsonNode done = api.get("/api/work-orders?status=COMPLETED&size=1&client_id=" + id, bearer(admin)).json()
                    .get("items").get(0);
            assertThat(done.get("actual_delivery_date").isNull()).isFalse();
            assertThat(done.get("jobs")).hasSize(3);
            JsonNode history = api.get("/api/work-orders/" + done.get("id").asLong() + "/history", bearer(admin)).json();
            assertThat(history.get(history.size() - 1).get("to_status").asString()).isEqualTo("COMPLETED");
        }
    }

    @Test
    void productionCoversTheLastNinetyDaysWithRunTimeMatchingItsDowntime() {
        Client c = client("ACME-MFG");
        List<JsonNode> production = all(c, "/api/production");
        Map<String, Integer> downtime = new HashMap<>();
        List<JsonNode> downtimeEntries = all(c, "/api/downtime");
        downtimeEntries.forEach(d -> downtime.merge(key(d), d.get("duration_minutes").asInt(), Integer::sum));
        Map<Long, Integer> scheduled = new HashMap<>();
        all(c, "/api/shifts").forEach(s -> scheduled.put(s.get("id").asLong(), s.get("scheduled_minutes").asInt()));

        TreeSet<LocalDate> days = new TreeSet<>();
        Set<String> slots = new HashSet<>();
        int withDowntime = 0;
        int withOrder = 0;
        int noRunTime = 0;
        int noCrew = 0;
        for (JsonNode p : production) {
            days.add(LocalDate.parse(p.get("shift_date").asString()));
            assertThat(slots.add(p.get("shift_date").asString() + "/" + p.get("shift_id") + "/" + p.get("line_id")))
                    .as("one entry per line, shift and day").isTrue();
            int down = downtime.getOrDefault(key(p), 0);
            withDowntime += down > 0 ? 1 : 0;
            withOrder += p.get("work_order_id").isNull() ? 0 : 1;
            boolean runTime = !p.get("run_time_hours").isNull();
            boolean crew = !p.get("employees_assigned").isNull();
            noRunTime += runTime ? 0 : 1;
            noCrew += crew ? 0 : 1;
            assertThat(runTime || crew).as("an entry leaves out run time or crew, not both").isTrue();
            if (runTime) {
                BigDecimal expected = BigDecimal.valueOf(scheduled.get(p.get("shift_id").asLong()) - down)
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN);
                assertThat(p.get("run_time_hours").decimalValue()).as("run time of %s", p).isEqualByComparingTo(expected);
            }
            int units = p.get("units_produced").asInt();
            int defects = p.get("defect_count").asInt();
            assertThat(p.get("rework_count").asInt() + p.get("scrap_count").asInt()).isLessThanOrEqualTo(defects);
            assertThat(defects).isLessThanOrEqualTo(units);
        }
        assertThat(days.first()).isBetween(c.today().minusDays(89), c.today().minusDays(87));
        assertThat(days.last()).isBetween(c.today().minusDays(2), c.today().minusDays(1));
        assertThat(days).hasSizeGreaterThan(70);
        assertThat(withDowntime).as("line-shifts with downtime").isGreaterThan(production.size() * 8 / 10);
        assertThat(withOrder).as("entries of work orders").isGreaterThan(production.size() / 10);
        assertThat(noRunTime).isPositive();
        assertThat(noCrew).isPositive();
        assertThat(downtimeEntries).as("an event split at 06:00 into the day shift").anyMatch(d ->
                !d.get("split_group").isNull() && d.get("start_time").asString().equals("06:00"));
        assertThat(downtimeEntries.stream().map(d -> d.get("reason_code").asString()).distinct())
                .contains("BREAKDOWN", "SETUP_CHANGEOVER", "MATERIAL_SHORTAGE", "PLANNED_MAINTENANCE");
    }

    @Test
    void qualityIsInspectedAtTheConfiguredStagesWithParetoLikeDefects() {
        Client c = client("AUTO-PARTS");
        List<JsonNode> quality = all(c, "/api/quality");
        Map<String, Integer> byType = new HashMap<>();
        for (JsonNode q : quality) {
            int sum = 0;
            for (JsonNode d : q.get("defects")) {
                sum += d.get("count").asInt();
                byType.merge(d.get("defect_type_code").asString(), d.get("count").asInt(), Integer::sum);
            }
            assertThat(sum).isEqualTo(q.get("total_defects").asInt());
            assertThat(q.get("units_passed_first_time").asInt() + q.get("units_defective").asInt())
                    .isLessThanOrEqualTo(q.get("units_inspected").asInt());
        }
        assertThat(quality.stream().map(q -> q.get("inspection_stage").asString()).distinct())
                .containsExactlyInAnyOrder("INCOMING", "IN_PROCESS", "FINAL");
        List<Integer> counts = byType.values().stream().sorted(Comparator.reverseOrder()).toList();
        int all = counts.stream().mapToInt(Integer::intValue).sum();
        assertThat(counts).hasSizeGreaterThanOrEqualTo(6);
        assertThat(counts.get(0) + counts.get(1) + counts.get(2)).as("the top three types").isGreaterThan(all / 2);
    }

    @Test
    void onHoldOrdersHaveOpenHoldsAndSomeCompletedOrdersWereHeldBefore() {
        int resumed = 0;
        for (JsonNode client : api().get("/api/clients", bearer(admin())).json().get("items")) {
            Client c = new Client(client.get("id").asLong(), LocalDate.now(ZoneId.of(client.get("time_zone").asString())));
            List<JsonNode> onHold = all(c, "/api/work-orders?status=ON_HOLD");
            assertThat(onHold).hasSize(3);
            for (JsonNode o : onHold) {
                assertThat(all(c, "/api/holds?open=true&work_order_id=" + o.get("id").asLong())).hasSize(1);
            }
            JsonNode aging = api().get("/api/holds/aging?client_id=" + c.id(), bearer(admin())).json();
            assertThat(aging.get("red").asInt()).isPositive();
            assertThat(aging.get("amber").asInt()).isPositive();
            for (JsonNode h : all(c, "/api/holds?status=RESUMED")) {
                resumed++;
                assertThat(h.get("duration_hours").decimalValue()).isPositive();
            }
        }
        assertThat(resumed).isPositive();
    }

    @Test
    void attendanceHasAbsencesLateArrivalsAndFloatersCovering() {
        Client c = client("MED-DEV");
        List<JsonNode> attendance = all(c, "/api/attendance");
        long absent = attendance.stream().filter(a -> a.get("is_absent").asBoolean()).count();
        assertThat(absent * 100.0 / attendance.size()).isBetween(2.0, 8.0);
        assertThat(attendance.stream().filter(a -> a.get("is_absent").asBoolean())
                .map(a -> a.get("absence_type").asString()).distinct()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(attendance).anyMatch(a -> !a.get("late_minutes").isNull() && a.get("late_minutes").asInt() > 0);
        Set<String> covers = new HashSet<>();
        for (JsonNode a : attendance.stream().filter(a -> !a.get("covered_by_employee_id").isNull()).toList()) {
            assertThat(covers.add(a.get("covered_by_employee_id") + "/" + a.get("shift_id") + "/"
                    + a.get("shift_date").asString())).as("one cover per floater, shift and day").isTrue();
        }
        assertThat(covers).isNotEmpty();
        assertThat(attendance.stream().map(a -> a.get("employee_id").asLong()).distinct()).hasSize(20);
    }

    private record Client(long id, LocalDate today) {}

    private Api api() {
        return new Api(port);
    }

    private String admin() {
        if (adminToken == null) {
            adminToken = api().token("admin", DemoData.PASSWORDS.get("admin"));
        }
        return adminToken;
    }

    private String adminToken;

    private Client client(String code) {
        for (JsonNode client : api().get("/api/clients", bearer(admin())).json().get("items")) {
            if (client.get("code").asString().equals(code)) {
                return new Client(client.get("id").asLong(), LocalDate.now(ZoneId.of(client.get("time_zone").asString())));
            }
        }
        throw new AssertionError("no client " + code);
    }

    /** Every item of a list endpoint for the client, page by page. */
    private List<JsonNode> all(Client c, String path) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = api().get(path + (path.contains("?") ? "&" : "?") + "client_id=" + c.id() + "&size=500&page="
                    + page, bearer(admin())).json();
            body.get("items").forEach(items::add);
            if (items.size() >= body.get("total").asLong() || body.get("items").isEmpty()) {
                return items;
            }
        }
    }

    /** The production entry a downtime record belongs to (KPI.md §7): day, shift and order, else line. */
    private static String key(JsonNode e) {
        return e.get("shift_date").asString() + "/" + e.get("shift_id") + "/"
                + (e.get("work_order_id").isNull() ? "L" + e.get("line_id") : "O" + e.get("work_order_id"));
    }

    private static long total(Api api, String token, String path) {
        return api.get(path, bearer(token)).json().get("total").asLong();
    }
}
