package io.kpiops.kpi.calc;

import static io.kpiops.kpi.calc.ProductionFixture.entry;
import static io.kpiops.kpi.calc.ProductionFixture.scope;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.inference.ClientDefaults;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * A trend reads a window's per-product and per-reference detail only when {@link ProductionKpis#warnsByName} says so
 * for the KPI it shows: yes for every KPI whose result warns, and no for one whose result does not, even when another
 * KPI of the same scope warns.
 */
class WarnsByNameTest {

    private static final Map<Kpi, BiFunction<ProductionScope, Thresholds, KpiResult>> NAMING = Map.of(
            Kpi.AVAILABILITY, ProductionKpis::availability, Kpi.PERFORMANCE, ProductionKpis::performance,
            Kpi.EFFICIENCY, ProductionKpis::efficiency, Kpi.OEE, ProductionKpis::oee);

    private static final ProductionFixture CLEAN = entry("WO-1", "P-1").run("7").made("0.1", 60, 3).crew(1, 1);

    /** A scope and the KPIs whose results warn over it. */
    private record Case(String what, ProductionScope scope, Set<Kpi> warning) {}

    private static final List<Case> CASES = List.of(
            new Case("availability (7 + 10) ÷ (8 + 8) h", scope(CLEAN, entry("WO-2", "P-1").run("10").made("0.1", 60, 0)),
                    Set.of(Kpi.AVAILABILITY)),
            new Case("performance 0.5 × 20 ÷ 8 = 125 %, and OEE with it", scope(entry("WO-1", "P-100").made("0.5", 20, 0)),
                    Set.of(Kpi.PERFORMANCE, Kpi.OEE, Kpi.EFFICIENCY)),
            new Case("no cycle time: left out of performance, efficiency and OEE",
                    scope(CLEAN, entry("WO-2", "P-2").made(null, 60, 0)), Set.of(Kpi.PERFORMANCE, Kpi.EFFICIENCY, Kpi.OEE)),
            new Case("no shift length (none defined, no client default): left out of availability",
                    scope(CLEAN, entry("WO-3", "P-1").shift(null).made("0.1", 10, 0).defaults(ClientDefaults.none())),
                    Set.of(Kpi.AVAILABILITY, Kpi.EFFICIENCY, Kpi.OEE)),
            new Case("no crew size anywhere (none entered, no history, no client default): left out of efficiency only",
                    scope(CLEAN, entry("WO-4", "P-1").made("0.1", 70, 0).crew(null, null).defaults(ClientDefaults.none())),
                    Set.of(Kpi.EFFICIENCY)),
            new Case("performance 6 ÷ 7, OEE 71.25 %: nothing to name",
                    scope(CLEAN, entry("WO-2", "P-2").run("8").made("0.05", 100, 0).crew(2, 2)), Set.of()));

    @Test
    void saysYesForEachKpiWhoseResultWarnsAndNoForTheOthers() {
        for (Case c : CASES) {
            for (Map.Entry<Kpi, BiFunction<ProductionScope, Thresholds, KpiResult>> k : NAMING.entrySet()) {
                List<String> warnings = k.getValue().apply(c.scope(), null).warnings();
                boolean expected = c.warning().contains(k.getKey());
                assertThat(warnings).as("%s: %s", c.what(), k.getKey()).hasSize(expected ? 1 : 0);
                assertThat(ProductionKpis.warnsByName(k.getKey(), c.scope().total()))
                        .as("%s: %s %s", c.what(), k.getKey(), warnings).isEqualTo(expected);
            }
        }
    }

    @Test
    void kpisWhoseWarningsNameNothingNeverNeedTheDetail() {
        for (Case c : CASES) {
            for (Kpi kpi : List.of(Kpi.QUALITY_RATE, Kpi.THROUGHPUT)) {
                assertThat(ProductionKpis.warnsByName(kpi, c.scope().total())).as("%s: %s", c.what(), kpi).isFalse();
            }
        }
    }
}
