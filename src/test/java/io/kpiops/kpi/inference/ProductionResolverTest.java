package io.kpiops.kpi.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProductionResolverTest {

    @Test
    void resolvesEveryChainOfAnEntryThatLacksEverything() {
        // no shift → default 8 h; 1 h planned → PBT 7; one unplanned record of 0.5 h → APT 6.5;
        // no ICT → best demonstrated 0.15; no crew → 30-day mean 3.5
        ProductionRecord r = new ProductionRecord("WO-1", "L-1", "P-1", LocalDate.of(2026, 6, 1), null,
                new BigDecimal("1"), new BigDecimal("0.5"), 2, null, null, null, 40, 2, null, null);
        ResolvedProduction e = ProductionResolver.resolve(r, new BigDecimal("0.15"), new BigDecimal("3.5"),
                new ClientDefaults(new BigDecimal("8"), new BigDecimal("0.25"), 4, null));
        assertThat(e.shiftLength().inference()).isEqualTo(InferenceRules.SHIFT_LENGTH_CLIENT_DEFAULT);
        assertThat(e.pbt()).isEqualByComparingTo("7");
        assertThat(e.runTime().value()).isEqualByComparingTo("6.5");
        assertThat(e.runTime().inference()).isEqualTo(InferenceRules.RUN_TIME_PBT_MINUS_UDT);
        assertThat(e.cycleTime().value()).isEqualByComparingTo("0.15");
        assertThat(e.employees().value()).isEqualByComparingTo("3.5");
        assertThat(e.goodUnits()).isEqualTo(38);
    }
}
