package io.kpiops.kpi;

import static io.kpiops.kpi.KpiPlant.D1;
import static io.kpiops.kpi.KpiPlant.D2;
import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Per-entry KPIs over the {@link KpiPlant}, worked out by hand. Client K on D1: entry 1 (L1) PBT 7.5 h, run 6 h
 * entered, 120 units at 0.05 h, 6 defects, crew 4; entry 2 (L2) PBT 7.5 − 1 h planned maintenance = 6.5 h, run time
 * left out with 0.5 h breakdown recorded → APT = 6.5 − 0.5 = 6 h inferred (pbt_minus_udt, 0.8), 100 units, crew 5.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryKpiApiIT {

    @LocalServerPort
    int port;

    KpiPlant p;

    @BeforeAll
    void plant() {
        p = new KpiPlant(port);
    }

    private static String decimal(JsonNode n) {
        return n.isNull() ? null : n.decimalValue().stripTrailingZeros().toPlainString();
    }

    private Response get(String query, String token) {
        return p.api.get("/api/kpi/production/entries?" + query, bearer(token));
    }

    private JsonNode entry(JsonNode body, long id) {
        for (JsonNode e : body.get("entries")) {
            if (e.get("entry_id").asLong() == id) {
                return e.get("kpis");
            }
        }
        throw new AssertionError("no entry " + id + " in " + body);
    }

    @Test
    void eachEntryHasItsOwnKpisAsThePooledFormulaWithOneRecord() {
        Response r = get("client_id=" + p.client + "&from=" + D1 + "&to=" + D2, p.operator);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("client_id").asLong()).isEqualTo(p.client);
        assertThat(body.get("settings").get("setup_as_planned").asBoolean()).isFalse();
        List<Long> ids = new ArrayList<>();
        body.get("entries").forEach(e -> ids.add(e.get("entry_id").asLong()));
        assertThat(ids).containsExactlyElementsOf(p.entries); // the other client's entry is not there

        // entry 1: availability 6 ÷ 7.5 = 80 %; performance 0.05 × 120 ÷ 6 = 100 %; quality 114 ÷ 120 = 95 %;
        // OEE 0.8 × 1 × 0.95 = 76 %; efficiency 6 ÷ (4 × 7.5) = 20 %; nothing inferred
        JsonNode one = entry(body, p.entries.get(0));
        assertThat(one.propertyNames()).containsExactly("availability", "performance", "quality_rate", "oee",
                "efficiency");
        JsonNode a1 = one.get("availability");
        assertThat(decimal(a1.get("value"))).isEqualTo("80");
        assertThat(decimal(a1.get("numerator"))).isEqualTo("6");
        assertThat(decimal(a1.get("denominator"))).isEqualTo("7.5");
        assertThat(a1.get("record_count").asLong()).isEqualTo(1);
        assertThat(a1.get("status").asString()).isEqualTo("amber");
        assertThat(a1.get("inferred")).isEmpty();
        assertThat(decimal(a1.get("confidence"))).isEqualTo("1");
        assertThat(decimal(one.get("performance").get("value"))).isEqualTo("100");
        assertThat(decimal(one.get("quality_rate").get("value"))).isEqualTo("95");
        assertThat(decimal(one.get("oee").get("value"))).isEqualTo("76");
        assertThat(decimal(one.get("efficiency").get("value"))).isEqualTo("20");

        // entry 2: availability 6 ÷ 6.5 = 92.31 %; performance 5 ÷ 6 = 83.33 %; quality 100 %;
        // OEE 6/6.5 × 5/6 × 1 = 5 ÷ 6.5 = 76.92 %; efficiency 5 ÷ (5 × 6.5) = 15.38 % (does not use run time)
        JsonNode two = entry(body, p.entries.get(1));
        JsonNode a2 = two.get("availability");
        assertThat(decimal(a2.get("value"))).isEqualTo("92.31");
        assertThat(decimal(a2.get("numerator"))).isEqualTo("6");
        assertThat(decimal(a2.get("denominator"))).isEqualTo("6.5");
        assertThat(decimal(a2.get("confidence"))).isEqualTo("0.8");
        assertThat(decimal(a2.get("inferred_share"))).isEqualTo("1");
        JsonNode inferred = a2.get("inferred").get(0);
        assertThat(inferred.get("input").asString()).isEqualTo("run_time");
        assertThat(inferred.get("rule").asString()).isEqualTo("pbt_minus_udt");
        assertThat(inferred.get("records").asLong()).isEqualTo(1);
        assertThat(decimal(inferred.get("confidence"))).isEqualTo("0.8");
        assertThat(decimal(two.get("performance").get("value"))).isEqualTo("83.33");
        assertThat(decimal(two.get("quality_rate").get("value"))).isEqualTo("100");
        JsonNode oee = two.get("oee");
        assertThat(decimal(oee.get("value"))).isEqualTo("76.92");
        assertThat(oee.get("status").asString()).isEqualTo("amber"); // 75 ≤ 76.92 < 85
        assertThat(decimal(oee.get("min_confidence"))).isEqualTo("0.8");
        assertThat(oee.get("inferred").get(0).get("rule").asString()).isEqualTo("pbt_minus_udt");
        JsonNode eff = two.get("efficiency");
        assertThat(decimal(eff.get("value"))).isEqualTo("15.38");
        assertThat(eff.get("inferred")).isEmpty();
    }

    @Test
    void filtersNarrowTheEntries() {
        JsonNode body = get("client_id=" + p.client + "&from=" + D1 + "&to=" + D1 + "&line_id=" + p.line2, p.leader)
                .json();
        assertThat(body.get("entries")).hasSize(1);
        assertThat(body.get("entries").get(0).get("entry_id").asLong()).isEqualTo(p.entries.get(1));
        assertThat(body.get("filters").get("line_id").asLong()).isEqualTo(p.line2);
        assertThat(get("client_id=" + p.client + "&from=" + D2 + "&to=" + D2, p.leader).json().get("entries")).isEmpty();
    }

    @Test
    void anotherClientsEntriesAreNotFound() {
        Response r = get("client_id=" + p.other + "&from=" + D1 + "&to=" + D1, p.operator);
        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(r.json().has("entries")).isFalse();
    }

    @Test
    void theWindowAndClientAreChecked() {
        Response wide = get("client_id=" + p.client + "&from=" + D1 + "&to=" + D1.plusDays(31), p.operator);
        assertThat(wide.status()).isEqualTo(422);
        assertThat(wide.text()).contains("\"to\"");
        assertThat(get("client_id=" + p.client + "&from=" + D1 + "&to=" + D1.plusDays(30), p.operator).status())
                .isEqualTo(200);
        Response two = get("client_id=" + p.client + "&client_id=" + p.client2 + "&from=" + D1 + "&to=" + D1, p.leader);
        assertThat(two.status()).isEqualTo(422);
        assertThat(two.text()).contains("client_id");
        assertThat(get("client_id=" + p.client, p.operator).status()).isEqualTo(422);
    }
}
