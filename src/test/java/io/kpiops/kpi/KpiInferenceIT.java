package io.kpiops.kpi;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.TestDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The history-based inference rules through the API: best demonstrated rate and the line/shift crew average. */
@IntegrationTest
class KpiInferenceIT {

    static final LocalDate D = LocalDate.of(2026, 2, 10);

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @Test
    void aProductWithoutCycleTimeUsesItsBestDemonstratedRateAndACrewFromTheLinesHistory() {
        Api api = new Api(port);
        String admin = api.adminToken();
        long client = api.createClient(admin, "KI" + System.nanoTime() % 1_000_000);
        long shift = shift(api, admin, client, "Day", "06:00", "14:00");
        long line = line(api, admin, client, 1);
        long fresh = product(api, admin, client, "NEW", null);
        long unknown = product(api, admin, client, "NONE", null);
        // five earlier days of NEW, 8 h each: APT ÷ PQ = 8/80 0.1, 8/100 0.08, 8/160 0.05, 8/200 0.04, 8/40 0.2;
        // 10th percentile by nearest rank: rank ⌈0.5⌉ = 1 of the sorted values → 0.04 h/unit.
        // Two of them have a crew (4 and 6): the line and shift's 30-day average is 5.
        int[] units = {80, 100, 160, 200, 40};
        Integer[] crews = {4, 6, null, null, null};
        for (int i = 0; i < units.length; i++) {
            entry(api, admin, client, shift, line, fresh, D.minusDays(i + 1), units[i], crews[i]);
        }
        entry(api, admin, client, shift, line, fresh, D, 100, null);
        entry(api, admin, client, shift, line, unknown, D, 10, null);

        Response r = api.get("/api/kpi/summary?client_id=" + client + "&from=" + D + "&to=" + D, bearer(admin));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode k = r.json().get("clients").get(0).get("kpis");

        // performance = 0.04 × 100 ÷ 8 = 50 %, confidence min(cycle time 0.6, run time 1) = 0.6;
        // NONE has no cycle time anywhere (no history, no client default): left out, named in a warning
        JsonNode perf = k.get("performance");
        assertThat(perf.get("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(perf.get("confidence").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(perf.get("record_count").asLong()).isEqualTo(2);
        assertThat(rules(perf)).containsExactly("ideal_cycle_time/best_demonstrated_rate/1");
        assertThat(perf.get("warnings").get(0).asString()).contains("leaves out 1 entry").contains("NONE");

        // efficiency = 4 earned hours ÷ (5 × 8) = 10 %, confidence min(cycle 0.6, crew 0.5) = 0.5
        JsonNode eff = k.get("efficiency");
        assertThat(eff.get("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(eff.get("confidence").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(rules(eff)).containsExactly("employees/line_shift_30d_average/1",
                "ideal_cycle_time/best_demonstrated_rate/1");

        // a day trend reads its periods pooled without product, line or order (and the window's detail apart, only
        // when the window's KPIs warn): its points and total are those of group_by=day, whose rows keep every detail,
        // inferred inputs included — in a window with warnings (NONE is left out on D) and in one without (NEW alone
        // on D, with the figures above)
        String warned = "client_id=" + client + "&from=" + D.minusDays(5) + "&to=" + D;
        String quiet = "client_id=" + client + "&from=" + D + "&to=" + D + "&product_id=" + fresh;
        assertThat(trendTotals(api, admin, warned).get("performance").get("warnings").get(0).asString())
                .contains("NONE");
        trendTotals(api, admin, quiet).forEach((kpi, total) -> assertThat(total.get("warnings")).as(kpi).isEmpty());
    }

    /** Each production KPI's day-trend total over the window, once checked against group_by=day's. */
    static Map<String, JsonNode> trendTotals(Api api, String admin, String window) {
        Map<String, JsonNode> totals = new LinkedHashMap<>();
        for (String kpi : List.of("availability", "performance", "efficiency", "oee", "throughput")) {
            JsonNode trend = api.get("/api/kpi/" + kpi + "/trend?" + window + "&granularity=day", bearer(admin)).json();
            JsonNode byDay = api.get("/api/kpi/" + kpi + "?" + window + "&group_by=day", bearer(admin)).json();
            List<String> points = new ArrayList<>();
            trend.get("series").forEach(p -> points.add(p.get("period").asString() + " " + p.get("value").asString()));
            List<String> groups = new ArrayList<>();
            byDay.get("groups").forEach(g -> {
                if (!g.get("result").get("value").isNull()) {
                    groups.add(g.get("key").asString() + " " + g.get("result").get("value").asString());
                }
            });
            assertThat(points).as(kpi).isNotEmpty().isEqualTo(groups);
            assertThat(trend.get("total")).as(kpi).isEqualTo(byDay.get("total"));
            totals.put(kpi, trend.get("total"));
        }
        return totals;
    }

    @Test
    void eachLineAndShiftTakesItsOwnCrewHistory() {
        Api api = new Api(port);
        String admin = api.adminToken();
        long client = api.createClient(admin, "KC" + System.nanoTime() % 1_000_000);
        long[] shifts = {shift(api, admin, client, "Day", "06:00", "14:00"),
            shift(api, admin, client, "Evening", "14:00", "21:00"), shift(api, admin, client, "Night", "22:00", "04:00")};
        long[] lines = {line(api, admin, client, 1), line(api, admin, client, 2), line(api, admin, client, 3)};
        long product = product(api, admin, client, "P", "0.1");
        // the day before, each line and shift has its own crew: 2, 3, 4 on line 1 (day, evening, night), 5, 6, 7 on
        // line 2, 8, 9, 10 on line 3; on D none is entered, so each entry takes its own line and shift's 30-day average
        for (int l = 0; l < lines.length; l++) {
            for (int s = 0; s < shifts.length; s++) {
                entry(api, admin, client, shifts[s], lines[l], product, D.minusDays(1), 40, 2 + 3 * l + s, "6.00");
                entry(api, admin, client, shifts[s], lines[l], product, D, 40, null, "6.00");
            }
        }
        String window = "client_id=" + client + "&from=" + D + "&to=" + D;
        // each entry earns 0.1 × 40 = 4 h; efficiency = Σ earned ÷ Σ (crew × PBT), PBT 8, 7 and 6 h:
        // line 1 12 ÷ (2×8 + 3×7 + 4×6 = 61) = 19.67 %, line 2 12 ÷ 124 = 9.68 %, line 3 12 ÷ 187 = 6.42 %;
        // day 12 ÷ (15×8) = 10 %, evening 12 ÷ (18×7) = 9.52 %, night 12 ÷ (21×6) = 9.52 %
        assertThat(groupValues(api, admin, "efficiency?" + window + "&group_by=line"))
                .containsExactlyInAnyOrder("Line 1 19.67", "Line 2 9.68", "Line 3 6.42");
        assertThat(groupValues(api, admin, "efficiency?" + window + "&group_by=shift"))
                .containsExactlyInAnyOrder("Day 10.00", "Evening 9.52", "Night 9.52");
        // line 1 alone: day 4 ÷ 16 = 25 %, evening 4 ÷ 21 = 19.05 %, night 4 ÷ 24 = 16.67 %
        assertThat(groupValues(api, admin, "efficiency?" + window + "&line_id=" + lines[0] + "&group_by=shift"))
                .containsExactlyInAnyOrder("Day 25.00", "Evening 19.05", "Night 16.67");
        // the pooled day, from a trend's lean rows: 36 ÷ 372 = 9.68 %
        JsonNode trend = api.get("/api/kpi/efficiency/trend?" + window + "&granularity=day", bearer(admin)).json();
        assertThat(trend.get("series").get(0).get("value").decimalValue()).isEqualByComparingTo("9.68");
    }

    private static List<String> groupValues(Api api, String admin, String query) {
        Response r = api.get("/api/kpi/" + query, bearer(admin));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        r.json().get("groups").forEach(g -> values.add(g.get("label").asString() + " "
                + g.get("result").get("value").decimalValue().setScale(2, RoundingMode.HALF_EVEN)));
        return values;
    }

    @Test
    void aPooledTrendNamesEveryClientsProductAbove100() {
        Api api = new Api(port);
        String admin = api.adminToken();
        long a = api.createClient(admin, "KA" + System.nanoTime() % 1_000_000);
        long b = api.createClient(admin, "KB" + System.nanoTime() % 1_000_000);
        // A: 0.5 h × 40 in 8 h = 250 %. B: FAST 0.5 h × 18 in 8 h = 112.5 % and SLOW 0.1 h × 40 in 8 h = 50 %, so B's
        // own performance is 13 ÷ 16 = 81 % (no warning), but pooled with A it is 33 ÷ 24 = 137.5 %, and the pooled
        // warning names both products above 100 %: A's and B's FAST
        entry(api, admin, a, shift(api, admin, a, "Day", "06:00", "14:00"), line(api, admin, a, 1),
                product(api, admin, a, "A-OVER", "0.5"), D, 40, 4);
        long bShift = shift(api, admin, b, "Day", "06:00", "14:00");
        long bLine = line(api, admin, b, 1);
        entry(api, admin, b, bShift, bLine, product(api, admin, b, "B-FAST", "0.5"), D, 18, 4);
        entry(api, admin, b, bShift, bLine, product(api, admin, b, "B-SLOW", "0.1"), D, 40, 4);
        String window = "client_id=" + a + "&client_id=" + b + "&from=" + D + "&to=" + D;
        JsonNode performance = trendTotals(api, admin, window).get("performance");
        assertThat(performance.get("value").decimalValue()).isEqualByComparingTo("137.50");
        assertThat(performance.get("warnings").get(0).asString()).contains("A-OVER").contains("B-FAST")
                .doesNotContain("B-SLOW");
    }

    @Test
    void aTrendReadsTheDetailItsOwnKpiWarnsAbout() {
        Plant p = plant("KW");
        // Q-NOCREW has no crew entered, none in the line's history and no client default: efficiency leaves it out
        // and names it; OEE, availability and performance use it and have nothing to name
        p.entry(p.product("P-CREW", "0.1"), D, 40, 4);
        p.entry(p.product("Q-NOCREW", "0.1"), D, 40, null);
        Map<String, JsonNode> totals = trendTotals(p.api(), p.admin(), p.window(D));
        assertThat(totals.get("efficiency").get("warnings").get(0).asString()).contains("leaves out 1 entry")
                .contains("Q-NOCREW").doesNotContain("P-CREW");
        // efficiency 4 ÷ (4 × 8) = 12.5 % over P-CREW alone; OEE (16 ÷ 16) × (8 ÷ 16) × 1 = 50 %
        assertThat(totals.get("efficiency").get("value").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(totals.get("oee").get("value").decimalValue()).isEqualByComparingTo("50");
        for (String kpi : List.of("availability", "performance", "oee", "throughput")) {
            assertThat(totals.get(kpi).get("warnings")).as(kpi).isEmpty();
        }
    }

    @Test
    void entriesWithAnEnteredAndAnInferredCrewOnOneDayAddUpEachWithItsOwnCrew() {
        Plant p = plant("KM");
        long product = p.product("P", "0.1");
        // the day before: a crew of 2. On D: one entry with a crew of 4, one without (the line's history: 2)
        p.entry(product, D.minusDays(1), 40, 2);
        p.entry(product, D, 40, 4);
        p.entry(product, D, 40, null);
        // efficiency = (0.1 × 40 + 0.1 × 40) ÷ (4 × 8 + 2 × 8) = 8 ÷ 48 = 16.67 %; the inferred crew is one entry's
        JsonNode summary = p.api().get("/api/kpi/summary?" + p.window(D), bearer(p.admin())).json().get("clients")
                .get(0).get("kpis").get("efficiency");
        assertThat(summary.get("value").decimalValue()).isEqualByComparingTo("16.67");
        assertThat(rules(summary)).containsExactly("employees/line_shift_30d_average/1");
        // a trend's lean rows and group_by=day's detailed ones pool the day the same way
        assertThat(trendTotals(p.api(), p.admin(), p.window(D)).get("efficiency").get("value").decimalValue())
                .isEqualByComparingTo("16.67");
    }

    @Test
    void aTrendLeavesNoPlannerSettingOnThePooledConnections() throws Exception {
        assumeTrue(TestDatabase.vendor().equals("postgres"), "PostgreSQL's plan_cache_mode only");
        Plant p = plant("KG");
        p.entry(p.product("P", "0.1"), D, 40, 4);
        // the trend's statement asks for a generic plan for its own transaction only
        assertThat(p.api().get("/api/kpi/oee/trend?" + p.window(D) + "&granularity=day", bearer(p.admin())).json()
                .at("/total/value").decimalValue()).isEqualByComparingTo("50");
        // every connection of the pool, the trend's among them, is back to the server's default
        HikariDataSource pool = (HikariDataSource) dataSource;
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                all.add(pool.getConnection());
            }
            for (Connection c : all) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW plan_cache_mode")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("auto");
                }
            }
        } finally {
            for (Connection c : all) {
                c.close();
            }
        }
    }

    /** A new client with one 8-hour shift (Day, 06:00–14:00, no breaks) and one line, set up as admin. */
    private record Plant(Api api, String admin, long client, long shift, long line) {

        long product(String code, String cycleTimeHours) {
            return KpiInferenceIT.product(api, admin, client, code, cycleTimeHours);
        }

        void entry(long product, LocalDate day, int units, Integer crew) {
            KpiInferenceIT.entry(api, admin, client, shift, line, product, day, units, crew);
        }

        String window(LocalDate day) {
            return "client_id=" + client + "&from=" + day + "&to=" + day;
        }
    }

    private Plant plant(String codePrefix) {
        Api api = new Api(port);
        String admin = api.adminToken();
        long client = api.createClient(admin, codePrefix + System.nanoTime() % 1_000_000);
        return new Plant(api, admin, client, shift(api, admin, client, "Day", "06:00", "14:00"),
                line(api, admin, client, 1));
    }

    private static List<String> rules(JsonNode kpi) {
        List<String> rules = new ArrayList<>();
        kpi.get("inferred").forEach(i -> rules.add(i.get("input").asString() + "/" + i.get("rule").asString() + "/"
                + i.get("records").asLong()));
        return rules;
    }

    private static void entry(Api api, String admin, long client, long shift, long line, long product, LocalDate day,
            int units, Integer crew) {
        entry(api, admin, client, shift, line, product, day, units, crew, "8.00");
    }

    private static void entry(Api api, String admin, long client, long shift, long line, long product, LocalDate day,
            int units, Integer crew, String runTimeHours) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "shift_date", day.toString(), "shift_id",
                shift, "line_id", line, "product_id", product, "units_produced", units, "run_time_hours", runTimeHours,
                "defect_count", 0));
        if (crew != null) {
            body.put("employees_assigned", crew);
        }
        create(api, admin, "/api/production", body);
    }

    private static long shift(Api api, String admin, long client, String name, String start, String end) {
        return create(api, admin, "/api/shifts", Map.of("client_id", client, "name", name, "start", start, "end", end,
                "breaks", List.of()));
    }

    private static long line(Api api, String admin, long client, int number) {
        return create(api, admin, "/api/lines", Map.of("client_id", client, "code", "L" + number, "name",
                "Line " + number));
    }

    /** A product with a standard ideal cycle time in hours per unit, or none (null). */
    private static long product(Api api, String admin, long client, String code, String cycleTimeHours) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "code", code, "name", code));
        if (cycleTimeHours != null) {
            body.put("ideal_cycle_time_hours", new BigDecimal(cycleTimeHours));
        }
        return create(api, admin, "/api/products", body);
    }

    private static long create(Api api, String admin, String path, Map<String, Object> body) {
        Response r = api.post(path, body, bearer(admin));
        assertThat(r.status()).as(path + " " + r).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
