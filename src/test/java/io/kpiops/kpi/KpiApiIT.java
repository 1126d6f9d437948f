package io.kpiops.kpi;

import static io.kpiops.kpi.KpiPlant.D1;
import static io.kpiops.kpi.KpiPlant.D2;
import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The KPI API over a plant entered through the API ({@link KpiPlant}); every expected value is worked out by hand.
 *
 * <p>Client K on D1: entry 1 (L1) shift 7.5 h, no downtime → PBT 7.5, run 6 (entered); entry 2 (L2) PBT = 7.5 − 1
 * (planned maintenance) = 6.5, run time missing but downtime recorded → APT = PBT − UDT = 6.5 − 0.5 = 6.0 (inferred,
 * confidence 0.8).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiApiIT {

    @LocalServerPort
    int port;

    KpiPlant p;

    @BeforeAll
    void plant() {
        p = new KpiPlant(port);
    }

    private JsonNode ok(String path, String token) {
        Response r = p.api.get(path, bearer(token));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private String window(long client) {
        return "client_id=" + client + "&from=" + D1 + "&to=" + D2;
    }

    private static String decimal(JsonNode n) {
        return n.isNull() ? null : n.decimalValue().stripTrailingZeros().toPlainString();
    }

    @Test
    void theSummaryPoolsEntriesAndSaysWhatWasInferred() {
        JsonNode summary = ok("/api/kpi/summary?" + window(p.client), p.operator);
        assertThat(summary.get("as_of").asString()).isEqualTo(D2.toString());
        JsonNode client = summary.get("clients").get(0);
        assertThat(client.get("client_id").asLong()).isEqualTo(p.client);
        assertThat(client.get("settings").get("setup_as_planned").asBoolean()).isFalse();
        assertThat(summary.get("total").isNull()).isTrue();
        JsonNode k = client.get("kpis");

        // availability = Σ APT ÷ Σ PBT = (6 + 6) ÷ (7.5 + 6.5) = 12 ÷ 14 = 85.714 %
        JsonNode a = k.get("availability");
        assertThat(decimal(a.get("value"))).isEqualTo("85.71");
        assertThat(decimal(a.get("numerator"))).isEqualTo("12");
        assertThat(decimal(a.get("denominator"))).isEqualTo("14");
        assertThat(a.get("record_count").asLong()).isEqualTo(2);
        assertThat(a.get("unit").asString()).isEqualTo("%");
        assertThat(a.get("status").asString()).isEqualTo("amber"); // 80 ≤ 85.71 < 90
        assertThat(decimal(a.get("target").get("target"))).isEqualTo("90");
        // confidence weighted by PBT: (7.5 × 1 + 6.5 × 0.8) ÷ 14 = 12.7 ÷ 14 = 0.90714; inferred share 6.5 ÷ 14 = 0.46429
        assertThat(decimal(a.get("confidence"))).isEqualTo("0.9071");
        assertThat(decimal(a.get("min_confidence"))).isEqualTo("0.8");
        assertThat(decimal(a.get("inferred_share"))).isEqualTo("0.4643");
        JsonNode inferred = a.get("inferred").get(0);
        assertThat(inferred.get("input").asString()).isEqualTo("run_time");
        assertThat(inferred.get("rule").asString()).isEqualTo("pbt_minus_udt");
        assertThat(inferred.get("records").asLong()).isEqualTo(1);

        // performance = Σ ICT × PQ ÷ Σ APT = 0.05 × 220 ÷ 12 = 11 ÷ 12 = 91.667 %; confidence (6 + 6 × 0.8) ÷ 12 = 0.9
        assertThat(decimal(k.get("performance").get("value"))).isEqualTo("91.67");
        assertThat(decimal(k.get("performance").get("confidence"))).isEqualTo("0.9");
        // quality rate = Σ GQ ÷ Σ PQ = (114 + 100) ÷ 220 = 97.27 %
        assertThat(decimal(k.get("quality_rate").get("value"))).isEqualTo("97.27");
        // OEE = A × P × Q = 12/14 × 11/12 × 214/220 = 2354 ÷ 3080 = 76.43 %
        assertThat(decimal(k.get("oee").get("value"))).isEqualTo("76.43");
        // efficiency = Σ ICT × PQ ÷ Σ crew × PBT = 11 ÷ (4 × 7.5 + 5 × 6.5) = 11 ÷ 62.5 = 17.6 %
        assertThat(decimal(k.get("efficiency").get("value"))).isEqualTo("17.6");
        assertThat(k.get("efficiency").get("status").asString()).isEqualTo("red");
        // throughput = 220 units ÷ 12 h; no target
        assertThat(decimal(k.get("throughput").get("value"))).isEqualTo("18.33");
        assertThat(k.get("throughput").get("target").isNull()).isTrue();

        // quality entry: PPM = 4 ÷ 200 × 10⁶; DPMO = 6 ÷ (200 × 3) × 10⁶; FPY = RTY = 190 ÷ 200
        assertThat(decimal(k.get("ppm").get("value"))).isEqualTo("20000");
        assertThat(decimal(k.get("dpmo").get("value"))).isEqualTo("10000");
        assertThat(k.get("dpmo").get("details").get("sigma_level").isNull()).isFalse();
        assertThat(decimal(k.get("fpy").get("value"))).isEqualTo("95");
        assertThat(decimal(k.get("rty").get("value"))).isEqualTo("95");
        assertThat(k.get("rty").get("details").get("worst_stage").asString()).isEqualTo("FINAL");

        // absenteeism = 7.5 (E1 absent) ÷ (7.5 + 7.5 + 7.5); E3's vacation is not a counted type
        assertThat(decimal(k.get("absenteeism").get("value"))).isEqualTo("33.33");
        assertThat(k.get("absenteeism").get("record_count").asLong()).isEqualTo(3);

        // OTD: WO-1 delivered D1 ≤ promised D2 (on time), WO-2 due D2 and not delivered (late), WO-3 has no date
        assertThat(decimal(k.get("otd").get("value"))).isEqualTo("50");
        assertThat(k.get("otd").get("details").get("skipped_no_date").asLong()).isEqualTo(1);
        // TRUE-OTD: WO-1 is not COMPLETED, so not in full
        assertThat(decimal(k.get("true_otd").get("value"))).isEqualTo("0");

        // WIP at D2: WO-2 is open, started (planned start, inferred 0.5) on D1 → 1 day; WO-1 delivered, WO-3 not started
        JsonNode wip = k.get("wip_aging");
        assertThat(decimal(wip.get("value"))).isEqualTo("1");
        assertThat(decimal(wip.get("confidence"))).isEqualTo("0.5");
        assertThat(wip.get("inferred").get(0).get("rule").asString()).isEqualTo("planned_start");
    }

    @Test
    void severalClientsArePooledNotAveraged() {
        JsonNode summary = ok("/api/kpi/summary?client_id=" + p.client + "&client_id=" + p.client2 + "&from=" + D1
                + "&to=" + D2, p.leader);
        assertThat(summary.get("clients")).hasSize(2);
        // K2: run 5 of 8 h = 62.5 %; pooled (12 + 5) ÷ (14 + 8) = 17 ÷ 22 = 77.27 % (the mean of 85.71 and 62.5 is 74.11)
        JsonNode k2 = summary.get("clients").get(1).get("client_id").asLong() == p.client2
                ? summary.get("clients").get(1) : summary.get("clients").get(0);
        assertThat(decimal(k2.get("kpis").get("availability").get("value"))).isEqualTo("62.5");
        JsonNode total = summary.get("total").get("kpis").get("availability");
        assertThat(decimal(total.get("value"))).isEqualTo("77.27");
        assertThat(total.get("record_count").asLong()).isEqualTo(3);
    }

    @Test
    void aKpiIsGroupedAndEachGroupIsPooledFromItsOwnSums() {
        JsonNode byLine = ok("/api/kpi/availability?" + window(p.client) + "&group_by=line", p.leader);
        List<String> groups = new ArrayList<>();
        // L1: 6 ÷ 7.5 = 80 %; L2: 6 ÷ 6.5 = 92.31 %; total 85.71 %
        byLine.get("groups").forEach(g -> groups.add(g.get("label").asString() + "=" + decimal(g.get("result").get("value"))));
        assertThat(groups).containsExactly("Line 1=80", "Line 2=92.31");
        assertThat(decimal(byLine.get("total").get("value"))).isEqualTo("85.71");

        JsonNode byDay = ok("/api/kpi/oee?" + window(p.client) + "&group_by=day", p.leader);
        assertThat(byDay.get("groups")).hasSize(1); // D2 has no entries: no group, not a zero
        assertThat(byDay.get("groups").get(0).get("key").asString()).isEqualTo(D1.toString());

        JsonNode byClient = ok("/api/kpi/availability?client_id=" + p.client + "&client_id=" + p.client2 + "&from=" + D1
                + "&to=" + D2 + "&group_by=client", p.leader);
        assertThat(byClient.get("groups")).hasSize(2);
        assertThat(decimal(byClient.get("total").get("value"))).isEqualTo("77.27");
    }

    @Test
    void downtimeCountsAgainstTheEntryItNamesWhenAnOrderRunsOnTwoLines() {
        // 8 h shift without breaks; order W runs on lines A and B in the same shift, run times left out (PBT − UDT).
        // W on A: 60 min breakdown; W on B: 30 min; line A without an order: 15 min; and on line B a record of another
        // order V, which belongs to V's entries (none here), not to W's entry that happens to share the line.
        // A: 8 − 75 min = 6.75 h of 8 → 84.38 %; B: 8 − 30 min = 7.5 h → 93.75 %; pooled 14.25 ÷ 16 = 89.06 %.
        // (Matching by order alone would give each entry all 90 min of W, and drop line A's 15 min.)
        Api api = p.api;
        long client = api.createClient(p.admin, "KM" + System.nanoTime() % 1_000_000);
        long shift = p.create("/api/shifts", Map.of("client_id", client, "name", "Day", "start", "06:00", "end", "14:00",
                "breaks", List.of()));
        long lineA = p.create("/api/lines", Map.of("client_id", client, "code", "A", "name", "Line A"));
        long lineB = p.create("/api/lines", Map.of("client_id", client, "code", "B", "name", "Line B"));
        long product = p.create("/api/products", Map.of("client_id", client, "code", "P", "name", "P",
                "ideal_cycle_time_hours", 0.05));
        long order = p.create("/api/work-orders", Map.of("client_id", client, "number", "W", "product_id", product,
                "planned_quantity", 500));
        for (long line : List.of(lineA, lineB)) {
            p.create("/api/production", Map.of("client_id", client, "shift_date", D1.toString(), "shift_id", shift,
                    "line_id", line, "work_order_id", order, "product_id", product, "units_produced", 100,
                    "defect_count", 0, "employees_assigned", 3));
        }
        long breakdown = p.reason(client, "BREAKDOWN");
        p.create("/api/downtime", Map.of("client_id", client, "shift_date", D1.toString(), "shift_id", shift,
                "line_id", lineA, "work_order_id", order, "reason_id", breakdown, "duration_minutes", 60));
        p.create("/api/downtime", Map.of("client_id", client, "shift_date", D1.toString(), "shift_id", shift,
                "line_id", lineB, "work_order_id", order, "reason_id", breakdown, "duration_minutes", 30));
        p.create("/api/downtime", Map.of("client_id", client, "shift_date", D1.toString(), "shift_id", shift,
                "line_id", lineA, "reason_id", breakdown, "duration_minutes", 15));
        long other = p.create("/api/work-orders", Map.of("client_id", client, "number", "V", "product_id", product,
                "planned_quantity", 10));
        p.create("/api/downtime", Map.of("client_id", client, "shift_date", D1.toString(), "shift_id", shift,
                "line_id", lineB, "work_order_id", other, "reason_id", breakdown, "duration_minutes", 45));

        JsonNode byLine = ok("/api/kpi/availability?" + window(client) + "&group_by=line", p.admin);
        List<String> groups = new ArrayList<>();
        byLine.get("groups").forEach(g -> groups.add(g.get("label").asString() + "=" + decimal(g.get("result").get("value"))));
        assertThat(groups).containsExactly("Line A=84.38", "Line B=93.75");
        assertThat(decimal(byLine.get("total").get("value"))).isEqualTo("89.06");
    }

    @Test
    void aTrendHasGapsAndSaysWhenItHasTooFewPoints() {
        JsonNode trend = ok("/api/kpi/availability/trend?client_id=" + p.client + "&from=" + D1.minusDays(10) + "&to="
                + D2 + "&granularity=day&forecast=3", p.leader);
        assertThat(trend.get("series")).hasSize(1);
        assertThat(decimal(trend.get("series").get(0).get("value"))).isEqualTo("85.71");
        assertThat(trend.get("trend").get("direction").asString()).isEqualTo("insufficient_data");
        assertThat(trend.get("forecast").get("insufficient_data").asBoolean()).isTrue();
    }

    @Test
    void noEntriesGiveNoNumberNotZero() {
        JsonNode k = ok("/api/kpi/summary?client_id=" + p.client + "&from=2025-06-01&to=2025-06-30", p.leader)
                .get("clients").get(0).get("kpis");
        for (String kpi : List.of("availability", "oee", "ppm", "absenteeism", "otd")) {
            assertThat(k.get(kpi).get("value").isNull()).as(kpi).isTrue();
            assertThat(k.get(kpi).get("status").asString()).as(kpi).isEqualTo("no_data");
            assertThat(k.get(kpi).get("record_count").asLong()).as(kpi).isZero();
        }
    }

    @Test
    void anotherClientsEntriesAreNeverCountedNorReadable() {
        JsonNode a = ok("/api/kpi/summary?" + window(p.client), p.admin).get("clients").get(0).get("kpis")
                .get("availability");
        assertThat(a.get("record_count").asLong()).isEqualTo(2); // client X's entry is not in it

        assertThat(p.api.get("/api/kpi/summary?" + window(p.other), bearer(p.operator)).status()).isEqualTo(404);
        assertThat(p.api.get("/api/kpi/summary?client_id=" + p.client + "&client_id=" + p.other + "&from=" + D1
                + "&to=" + D2, bearer(p.leader)).status()).isEqualTo(404);
        assertThat(p.api.get("/api/kpi/oee?" + window(p.client2) + "&group_by=day", bearer(p.operator)).status())
                .isEqualTo(404);
    }

    @Test
    void drillDownsShowWhatIsBehindTheCards() {
        // downtime on L2: planned maintenance 1 h, breakdown 0.5 h → shares 66.67 % and 33.33 %
        JsonNode downtime = ok("/api/kpi/downtime/pareto?" + window(p.client), p.operator);
        assertThat(decimal(downtime.get("total"))).isEqualTo("1.5");
        assertThat(downtime.get("record_count").asLong()).isEqualTo(2);
        List<String> bars = new ArrayList<>();
        downtime.get("bars").forEach(b -> bars.add(b.get("category").asString() + " " + decimal(b.get("total")) + " "
                + decimal(b.get("share_percent")) + " " + decimal(b.get("cumulative_percent"))));
        assertThat(bars).containsExactly("PLANNED_MAINTENANCE 1 66.67 66.67", "BREAKDOWN 0.5 33.33 100");
        assertThat(ok("/api/kpi/defects/pareto?" + window(p.client), p.operator).get("bars")).isEmpty();

        JsonNode otd = ok("/api/kpi/otd/orders?" + window(p.client), p.leader);
        List<String> orders = new ArrayList<>();
        otd.get("orders").forEach(o -> orders.add(o.get("work_order").asString() + " " + o.get("on_time").asBoolean()
                + " " + o.get("on_time_in_full").asBoolean()));
        assertThat(orders).containsExactly("WO-1 true false", "WO-2 false false");
        assertThat(otd.get("skipped_no_date").get(0).asString()).isEqualTo("WO-3");

        JsonNode wip = ok("/api/kpi/wip-aging/orders?client_id=" + p.client + "&as_of=" + D2, p.leader);
        assertThat(wip.get("orders")).hasSize(1);
        assertThat(wip.get("orders").get(0).get("work_order").asString()).isEqualTo("WO-2");
        assertThat(wip.get("orders").get(0).get("age_days").asLong()).isEqualTo(1);
        assertThat(wip.get("orders").get(0).get("start_rule").asString()).isEqualTo("planned_start");
        assertThat(ok("/api/kpi/holds/aging?client_id=" + p.client, p.leader).get("holds")).isEmpty();

        // Bradford on D1: E1 one counted absence (S = 1, D = 1 → 1² × 1 = 1, low); E3's vacation does not count
        JsonNode bradford = ok("/api/kpi/absenteeism/bradford?client_id=" + p.client + "&as_of=" + D1, p.leader);
        JsonNode first = bradford.get("employees").get(0);
        assertThat(first.get("employee").asString()).isEqualTo("E1");
        assertThat(first.get("value").asLong()).isEqualTo(1);
        assertThat(first.get("band").asString()).isEqualTo("low");
        assertThat(bradford.get("employees").get(1).get("value").asLong()).isZero();
        assertThat(p.api.get("/api/kpi/absenteeism/bradford?client_id=" + p.other, bearer(p.operator)).status())
                .isEqualTo(404);
    }

    @Test
    void theSixBigLossesAndLineReliability() {
        JsonNode losses = ok("/api/kpi/losses?" + window(p.client), p.leader);
        JsonNode total = losses.get("total");
        // L2's breakdown 0.5 h (MACHINE, unplanned); the planned maintenance is no loss
        assertThat(decimal(total.get("breakdowns_hours"))).isEqualTo("0.5");
        assertThat(decimal(total.get("setup_hours"))).isEqualTo("0");
        assertThat(decimal(total.get("small_stops_hours"))).isEqualTo("0");
        // reduced speed = Σ APT − Σ ICT × PQ = 12 − 0.05 × 220 = 1 h; rejects = 0.05 × 6 defects = 0.3 h
        assertThat(decimal(total.get("reduced_speed_hours"))).isEqualTo("1");
        assertThat(decimal(total.get("production_rejects_hours"))).isEqualTo("0.3");
        assertThat(decimal(total.get("startup_rejects_hours"))).isEqualTo("0");
        List<String> lines = new ArrayList<>();
        // L1: no failure → no MTBF; L2: 6 h run ÷ 1 failure = 6, MTTR 0.5 h
        losses.get("lines").forEach(l -> lines.add(l.get("line").asString() + " " + l.get("failures").asLong() + " "
                + decimal(l.get("mtbf_hours")) + " " + decimal(l.get("mttr_hours"))));
        assertThat(lines).containsExactlyInAnyOrder("Line 1 0 null null", "Line 2 1 6 0.5");
    }

    @Test
    void badParametersAreNamed() {
        assertThat(refused("/api/kpi/summary?client_id=" + p.client + "&from=" + D2 + "&to=" + D1)).contains("from");
        assertThat(refused("/api/kpi/summary?client_id=" + p.client + "&from=2020-01-01&to=2024-01-02")).contains("to");
        assertThat(refused("/api/kpi/summary?from=" + D1 + "&to=" + D2)).contains("client_id");
        assertThat(refused("/api/kpi/uptime?" + window(p.client))).contains("kpi");
        assertThat(refused("/api/kpi/oee?" + window(p.client) + "&group_by=colour")).contains("group_by");
        assertThat(refused("/api/kpi/ppm?" + window(p.client) + "&group_by=line")).contains("group_by");
        assertThat(refused("/api/kpi/oee/trend?" + window(p.client) + "&granularity=hour")).contains("granularity");
        assertThat(refused("/api/kpi/oee/trend?" + window(p.client) + "&forecast=31")).contains("forecast");
    }

    private List<String> refused(String path) {
        Response r = p.api.get(path, bearer(p.leader));
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
