package io.kpiops.kpi.calc;

import static io.kpiops.kpi.calc.ProductionFixture.entry;
import static io.kpiops.kpi.calc.ProductionFixture.scope;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.inference.ClientDefaults;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A trend reads a window's per-product and per-reference detail only when {@link ProductionKpis#warnsByName} says. */
class WarnsByNameTest {

    @Test
    void saysYesExactlyWhenAProductionKpiOfTheScopeWarns() {
        ProductionFixture clean = entry("WO-1", "P-1").run("7").made("0.1", 60, 3).crew(1, 1);
        List<ProductionScope> warning = List.of(
                // availability (7 + 10) ÷ (8 + 8) h
                scope(clean, entry("WO-2", "P-1").run("10").made("0.1", 60, 0)),
                // performance 0.5 × 20 ÷ 8 = 125 %, and OEE with it
                scope(entry("WO-1", "P-100").made("0.5", 20, 0)),
                // no cycle time: left out of performance, efficiency and OEE
                scope(clean, entry("WO-2", "P-2").made(null, 60, 0)),
                // no shift length (none defined, no client default): left out of availability
                scope(clean, entry("WO-3", "P-1").shift(null).made("0.1", 10, 0).defaults(ClientDefaults.none())),
                // no crew size anywhere (none entered, no history, no client default): left out of efficiency only
                scope(clean, entry("WO-4", "P-1").made("0.1", 70, 0).crew(null, null)
                        .defaults(ClientDefaults.none())));
        for (int i = 0; i < warning.size(); i++) {
            ProductionScope s = warning.get(i);
            assertThat(warnings(s)).as("case %d", i).isNotEmpty();
            assertThat(ProductionKpis.warnsByName(s.total())).as("case %d: %s", i, warnings(s)).isTrue();
        }
        // performance 6 ÷ 7, OEE 71.25 %: nothing to name, so no detail is needed
        ProductionScope quiet = scope(clean, entry("WO-2", "P-2").run("8").made("0.05", 100, 0).crew(2, 2));
        assertThat(warnings(quiet)).isEmpty();
        assertThat(ProductionKpis.warnsByName(quiet.total())).isFalse();
    }

    private static List<String> warnings(ProductionScope s) {
        return Stream.of(ProductionKpis.availability(s, null), ProductionKpis.performance(s, null),
                ProductionKpis.efficiency(s, null), ProductionKpis.oee(s, null))
                .flatMap(r -> r.warnings().stream()).toList();
    }
}
