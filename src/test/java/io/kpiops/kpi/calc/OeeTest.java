package io.kpiops.kpi.calc;

import static io.kpiops.kpi.calc.ProductionFixture.entry;
import static io.kpiops.kpi.calc.ProductionFixture.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class OeeTest {

    private static final Thresholds T = Kpi.OEE.defaults();

    @Test
    void noEntriesIsNoData() {
        KpiResult r = ProductionKpis.oee(scope(), T);
        assertThat(r.value()).isNull();
        assertThat(r.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void oneProductEqualsValuableTimeOverPlannedBusyTime() {
        // A = 7 ÷ 8, P = 0.1 × 60 ÷ 7 = 6 ÷ 7, Q = 57 ÷ 60 → OEE = 0.1 × 57 ÷ 8 = 5.7 ÷ 8 = 71.25 % (red, < 75)
        KpiResult r = ProductionKpis.oee(scope(entry("WO-1", "P-1").run("7").made("0.1", 60, 3)), T);
        assertThat(r.value()).isEqualByComparingTo("71.25");
        assertThat(r.numerator()).isEqualByComparingTo("5.7");
        assertThat(r.denominator()).isEqualByComparingTo("8");
        assertThat(r.status()).isEqualTo(Status.RED);
    }

    @Test
    void isTheProductOfThePooledFactorsAcrossProducts() {
        // P-A: 8 of 8 h, 0.1 × 60, no defects; P-B: 8 of 8 h, 0.5 × 10, 5 defects
        // A = 16 ÷ 16 = 1, P = (6 + 5) ÷ 16 = 11/16, Q = 65 ÷ 70 = 13/14 → OEE = 143/224 = 63.839 %
        // (Σ ICT×GQ ÷ Σ PBT would be (6 + 2.5) ÷ 16 = 53.125 %: not what the cards multiply to)
        ProductionScope s = scope(entry("WO-1", "P-A").made("0.1", 60, 0), entry("WO-2", "P-B").made("0.5", 10, 5));
        KpiResult r = ProductionKpis.oee(s, T);
        assertThat(r.value()).isEqualByComparingTo("63.84");
        BigDecimal cards = ProductionKpis.availability(s, null).exactValue()
                .multiply(ProductionKpis.performance(s, null).exactValue())
                .multiply(ProductionKpis.qualityRate(s, null).exactValue())
                .divide(new BigDecimal("10000"), MathContext.DECIMAL128);
        assertThat(r.exactValue().subtract(cards).abs()).isLessThan(new BigDecimal("1e-20"));
    }

    @Test
    void plannedTimeWithNothingRunIsZeroNotNull() {
        KpiResult r = ProductionKpis.oee(scope(entry("WO-1", "P-1").run("0").made("0.1", 0, 0)), T);
        assertThat(r.value()).isEqualByComparingTo("0.00");
        assertThat(r.status()).isEqualTo(Status.RED);
    }

    @Test
    void aboveHundredIsKeptAndNamesTheCycleTime() {
        // A = 1, P = 0.5 × 20 ÷ 8 = 1.25, Q = 1 → 125 %
        KpiResult r = ProductionKpis.oee(scope(entry("WO-1", "P-100").made("0.5", 20, 0)), T);
        assertThat(r.value()).isEqualByComparingTo("125.00");
        assertThat(r.status()).isEqualTo(Status.GREEN);
        assertThat(r.warnings()).singleElement().asString().contains("ideal cycle time").contains("P-100");
    }

    @Test
    void confidenceUsesShiftLengthRunTimeAndCycleTimeButNotTheCrew() {
        // WO-1: default ICT (0.3), run time PBT − UDT (0.8), crew default (not an OEE input) → 0.3
        // WO-2: everything entered → 1; PBT 8 each → (8×0.3 + 8×1) ÷ 16 = 0.65; inferred share 8 ÷ 16 = 0.5
        KpiResult r = ProductionKpis.oee(scope(
                entry("WO-1", "P-1").run(null).downtime("0", "1", 1).made(null, 20, 0).crew(null, null),
                entry("WO-2", "P-2").made("0.25", 20, 0)), T);
        assertThat(r.confidence()).isEqualByComparingTo("0.65");
        assertThat(r.minConfidence()).isEqualByComparingTo("0.3");
        assertThat(r.inferredShare()).isEqualByComparingTo("0.5");
        assertThat(r.inferred()).extracting(InferredInput::input).containsExactly("ideal_cycle_time", "run_time");
    }
}
