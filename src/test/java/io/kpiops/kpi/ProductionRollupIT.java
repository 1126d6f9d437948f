package io.kpiops.kpi;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A trend's production statement reads the daily roll-up (ADR 0018) when its window has no stale day, and then gives
 * what the entries give ({@code group_by=day} always reads the entries) — also after the changes that never mark a
 * day stale: a product's cycle time, a shift's breaks, the client's setup setting.
 */
@IntegrationTest
class ProductionRollupIT {

    static final LocalDate D = LocalDate.of(2026, 3, 10);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String admin;
    long client;
    long shift;
    long standard;
    long line1;
    String window;

    @Test
    void aTrendReadsTheRollupOfAWindowWithoutAStaleDay() {
        plant();
        KpiInferenceIT.trendTotals(api, admin, window);
        List<BigDecimal> before = points("performance");
        // the trend rebuilt every stale day of its window
        assertThat(staleDays()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM production_day_rollup WHERE client_id = ?", Long.class,
                client)).isPositive();

        // twice the units in the roll-up: each day's performance (earned ÷ run time) doubles in the trend, while
        // group_by=day reads the entries and stays
        jdbc.update("UPDATE production_day_rollup SET units = units * 2 WHERE client_id = ?", client);
        List<BigDecimal> doubled = points("performance");
        for (int i = 0; i < before.size(); i++) {
            // (points are shown rounded to 0.01, so twice one may differ by 0.01)
            assertThat(doubled.get(i)).isCloseTo(before.get(i).multiply(BigDecimal.TWO), within(new BigDecimal("0.02")));
        }
        assertThat(byDay("performance")).isEqualTo(before);

        // a stale day in the window: the trend rebuilds it before reading (and would read the entries otherwise);
        // only that day — D−2 and D still hold the doubled units
        jdbc.update(insertStale(), client, day(D.minusDays(1)));
        assertThat(staleDays()).isEqualTo(1);
        assertThat(points("performance")).containsExactly(doubled.get(0), before.get(1), doubled.get(2));
        assertThat(staleDays()).isZero();
        jdbc.update(insertStale(), client, day(D.minusDays(2)));
        jdbc.update(insertStale(), client, day(D));
        assertThat(points("performance")).isEqualTo(before);
    }

    @Test
    void cycleTimesBreaksAndTheSetupSettingAreReadWithTheRollup() {
        plant();
        KpiInferenceIT.trendTotals(api, admin, window);
        assertThat(staleDays()).isZero();

        // the standard product runs faster: 0.05 → 0.04 h per unit
        JsonNode product = api.get("/api/products/" + standard, bearer(admin)).json();
        ok(api.put("/api/products/" + standard, Map.of("name", "Standard", "ideal_cycle_time_hours", 0.04,
                "active", true, "version", product.get("version").asLong()), bearer(admin)));
        Map<String, JsonNode> faster = KpiInferenceIT.trendTotals(api, admin, window);

        // the shift's break grows from 30 to 60 minutes
        JsonNode s = api.get("/api/shifts/" + shift, bearer(admin)).json();
        ok(api.put("/api/shifts/" + shift, Map.of("name", "Day", "start", "06:00", "end", "14:00", "breaks",
                List.of(Map.of("name", "Lunch", "start", "10:00", "duration_minutes", 60)), "active", true,
                "version", s.get("version").asLong()), bearer(admin)));
        Map<String, JsonNode> longerBreak = KpiInferenceIT.trendTotals(api, admin, window);

        // setup / changeover becomes planned time
        JsonNode settings = api.get("/api/clients/" + client + "/settings", bearer(admin)).json().get("settings");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = Api.JSON.convertValue(settings, Map.class);
        body.put("setup_as_planned", true);
        ok(api.put("/api/clients/" + client + "/settings", body, bearer(admin)));
        Map<String, JsonNode> setupPlanned = KpiInferenceIT.trendTotals(api, admin, window);

        // each change moved the figures (trendTotals checked each against the entries), and none made a day stale
        assertThat(faster.get("performance")).isNotEqualTo(longerBreak.get("performance"));
        assertThat(longerBreak.get("availability")).isNotEqualTo(setupPlanned.get("availability"));
        assertThat(staleDays()).isZero();
    }

    @Test
    void aSummaryReadsTheRollupUnlessAvailabilityMustNameAReference() {
        plant();
        JsonNode kpis = summary(window);
        // the summary rebuilt every stale day of its window before reading
        assertThat(staleDays()).isZero();
        BigDecimal performance = kpis.at("/performance/value").decimalValue();
        String lineOne = window + "&line_id=" + line1;
        BigDecimal linePerformance = summary(lineOne).at("/performance/value").decimalValue();

        // twice the units in the roll-up: the summary's performance doubles, so it read the roll-up; filtered by line
        // it reads the entries (the roll-up keeps no line for most rows) and stays
        jdbc.update("UPDATE production_day_rollup SET units = units * 2 WHERE client_id = ?", client);
        assertThat(summary(window).at("/performance/value").decimalValue())
                .isCloseTo(performance.multiply(BigDecimal.TWO), within(new BigDecimal("0.02")));
        assertThat(summary(lineOne).at("/performance/value").decimalValue()).isEqualTo(linePerformance);
        // days marked stale are rebuilt from the entries before the next summary reads them
        jdbc.update(insertStale(), client, day(D));
        jdbc.update(insertStale(), client, day(D.minusDays(1)));
        jdbc.update(insertStale(), client, day(D.minusDays(2)));
        assertThat(summary(window).at("/performance/value").decimalValue()).isEqualTo(performance);

        // a day whose run time exceeds its planned busy time (8 h run in a 7.5 h net shift): availability's warning
        // names the line, which only the entries know, so the summary reads them although the roll-up is fresh
        LocalDate next = D.plusDays(1);
        entry(next, line1, standard, 100, "8.00", 4, null);
        JsonNode over = summary("client_id=" + client + "&from=" + next + "&to=" + next);
        assertThat(staleDays()).isZero();
        assertThat(over.at("/availability/value").decimalValue()).isGreaterThan(new BigDecimal("100"));
        assertThat(over.at("/availability/warnings").toString()).contains("run time exceeds planned busy time for Line 1");
    }

    @Test
    void aFailedRebuildLeavesItsDaysStaleAndTheTrendReadsTheEntries() {
        plant();
        List<BigDecimal> entries = byDay("performance");
        // the rebuild cannot find its table and fails; the trend still answers, from the entries
        jdbc.execute("ALTER TABLE production_day_rollup RENAME TO production_day_rollup_away");
        try {
            assertThat(points("performance")).isEqualTo(entries);
            assertThat(staleDays()).isEqualTo(3);
        } finally {
            jdbc.execute("ALTER TABLE production_day_rollup_away RENAME TO production_day_rollup");
        }
        // the next trend rebuilds the days
        assertThat(points("performance")).isEqualTo(entries);
        assertThat(staleDays()).isZero();
    }

    /** Three days of one shift (7.5 h net) with every inference class of run time and crew. */
    private void plant() {
        api = new Api(port);
        admin = api.adminToken();
        client = api.createClient(admin, "RU" + System.nanoTime() % 1_000_000);
        shift = create("/api/shifts", Map.of("client_id", client, "name", "Day", "start", "06:00", "end", "14:00",
                "breaks", List.of(Map.of("name", "Lunch", "start", "10:00", "duration_minutes", 30))));
        line1 = create("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"));
        long line2 = create("/api/lines", Map.of("client_id", client, "code", "L2", "name", "Line 2"));
        standard = create("/api/products", Map.of("client_id", client, "code", "STD", "name", "Standard",
                "ideal_cycle_time_hours", 0.05));
        long fresh = create("/api/products", Map.of("client_id", client, "code", "NEW", "name", "New"));
        long setup = reason("SETUP_CHANGEOVER");
        long breakdown = reason("BREAKDOWN");
        for (int i = 2; i >= 0; i--) {
            LocalDate day = D.minusDays(i);
            // entered run time and crew (G, A); no run time, with downtime on the line (D, A); neither run time nor
            // crew on a product without a cycle time (P, H: best rate, the line's crew history); present only (P, P)
            entry(day, line1, standard, 120 - 10 * i, "6.00", 4, null);
            entry(day, line2, standard, 100 + 5 * i, null, 5, null);
            entry(day, line1, fresh, 80 + 20 * i, null, null, null);
            entry(day, line2, standard, 50, null, null, 3);
            downtime(day, line2, setup, "07:00", "07:30");
            downtime(day, line2, breakdown, "08:00", "08:" + (10 + 10 * i));
        }
        window = "client_id=" + client + "&from=" + D.minusDays(2) + "&to=" + D;
    }

    private void entry(LocalDate day, long line, long product, int units, String runTime, Integer assigned,
            Integer present) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "shift_date", day.toString(), "shift_id",
                shift, "line_id", line, "product_id", product, "units_produced", units, "defect_count", units / 20));
        if (runTime != null) {
            body.put("run_time_hours", runTime);
        }
        if (assigned != null) {
            body.put("employees_assigned", assigned);
        }
        if (present != null) {
            body.put("employees_present", present);
        }
        create("/api/production", body);
    }

    private void downtime(LocalDate day, long line, long reason, String start, String end) {
        Response r = api.post("/api/downtime", Map.of("client_id", client, "shift_date", day.toString(), "shift_id",
                shift, "line_id", line, "reason_id", reason, "start_time", start, "end_time", end), bearer(admin));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    /** The day trend's values, D−2 to D. */
    private List<BigDecimal> points(String kpi) {
        List<BigDecimal> values = new ArrayList<>();
        ok(api.get("/api/kpi/" + kpi + "/trend?" + window + "&granularity=day", bearer(admin))).get("series")
                .forEach(p -> values.add(p.get("value").decimalValue()));
        assertThat(values).hasSize(3);
        return values;
    }

    /** The one client's KPIs of a summary. */
    private JsonNode summary(String scope) {
        return ok(api.get("/api/kpi/summary?" + scope, bearer(admin))).at("/clients/0/kpis");
    }

    /** The values of group_by=day, which reads the entries. */
    private List<BigDecimal> byDay(String kpi) {
        List<BigDecimal> values = new ArrayList<>();
        ok(api.get("/api/kpi/" + kpi + "?" + window + "&group_by=day", bearer(admin))).get("groups")
                .forEach(g -> values.add(g.get("result").get("value").decimalValue()));
        return values;
    }

    private long staleDays() {
        return jdbc.queryForObject("SELECT COUNT(DISTINCT shift_date) FROM production_rollup_stale WHERE client_id = ?",
                Long.class, client);
    }

    private static String insertStale() {
        return "INSERT INTO production_rollup_stale (client_id, shift_date) VALUES (?, ?)";
    }

    /** A day as the database stores it (ISO text on SQLite, ADR 0007). */
    private static Object day(LocalDate d) {
        return TestDatabase.vendor().equals("sqlite") ? d.toString() : java.sql.Date.valueOf(d);
    }

    private long reason(String code) {
        return api.downtimeReason(admin, client, code);
    }

    private long create(String path, Map<String, Object> body) {
        Response r = api.post(path, body, bearer(admin));
        assertThat(r.status()).as(path + " " + r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }
}
