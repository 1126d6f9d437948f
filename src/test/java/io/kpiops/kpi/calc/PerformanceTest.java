package io.kpiops.kpi.calc;

import static io.kpiops.kpi.calc.ProductionFixture.bd;
import static io.kpiops.kpi.calc.ProductionFixture.entry;
import static io.kpiops.kpi.calc.ProductionFixture.scope;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.inference.ClientDefaults;
import org.junit.jupiter.api.Test;

class PerformanceTest {

    private static final Thresholds T = Kpi.PERFORMANCE.defaults();

    @Test
    void noEntriesIsNoData() {
        KpiResult r = ProductionKpis.performance(scope(), T);
        assertThat(r.value()).isNull();
        assertThat(r.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void poolsEarnedHoursOverRunTime() {
        // P-A: 0.1 h × 40 = 4 earned in 8 h (50 %); P-B: 0.2 × 4 = 0.8 in 1 h (80 %)
        // average of ratios 65 %; pooled 4.8 ÷ 9 = 53.333 %
        KpiResult r = ProductionKpis.performance(scope(
                entry("WO-1", "P-A").made("0.1", 40, 0),
                entry("WO-2", "P-B").shift("1").run("1").made("0.2", 4, 0)), T);
        assertThat(r.value()).isEqualByComparingTo("53.33");
        assertThat(r.numerator()).isEqualByComparingTo("4.8");
        assertThat(r.denominator()).isEqualByComparingTo("9");
        assertThat(r.status()).isEqualTo(Status.RED);
    }

    @Test
    void bestDemonstratedRateIsAnInferredCycleTime() {
        // no ICT anywhere; best demonstrated rate 0.2 h/unit (0.6): 0.2 × 30 = 6 of 8 h → 75 %
        KpiResult r = ProductionKpis.performance(scope(
                entry("WO-1", "P-1").made(null, 30, 0).bestRate("0.2")), T);
        assertThat(r.value()).isEqualByComparingTo("75.00");
        assertThat(r.confidence()).isEqualByComparingTo("0.6");
        assertThat(r.inferredShare()).isEqualByComparingTo("1");
        assertThat(r.inferred()).containsExactly(
                new InferredInput("ideal_cycle_time", "best_demonstrated_rate", 1, bd("0.6")));
    }

    @Test
    void aboveHundredNamesTheProductAndTheCycleTime() {
        // P-100: 0.5 × 20 = 10 earned in 8 h (125 %); P-200: 0.1 × 40 = 4 in 8 h (50 %)
        // pooled 14 ÷ 16 = 87.5 % is not above 100 → no warning; P-100 alone → 125 % with warning
        assertThat(ProductionKpis.performance(scope(
                entry("WO-1", "P-100").made("0.5", 20, 0),
                entry("WO-2", "P-200").made("0.1", 40, 0)), T).warnings()).isEmpty();
        // P-100 (125 %) with P-200 at 0.1 × 72 = 7.2 in 8 h (90 %) → (10 + 7.2) ÷ 16 = 107.5 %: only P-100 is named
        KpiResult r = ProductionKpis.performance(scope(
                entry("WO-1", "P-100").made("0.5", 20, 0),
                entry("WO-3", "P-200").made("0.1", 72, 0)), T);
        assertThat(r.value()).isEqualByComparingTo("107.50");
        assertThat(r.status()).isEqualTo(Status.GREEN);
        assertThat(r.warnings()).singleElement().asString()
                .contains("ideal cycle time").contains("P-100").doesNotContain("P-200");
    }

    @Test
    void confidenceIsTheMinimumOfCycleTimeAndRunTimeWeightedByRunTime() {
        // WO-1: client default ICT 0.25 (0.3), run entered → record 0.3; WO-2: all entered → 1
        // 0.25 × 16 = 4 and 0.25 × 24 = 6 → 10 ÷ 16 = 62.5 %; confidence (8×0.3 + 8×1) ÷ 16 = 0.65
        KpiResult r = ProductionKpis.performance(scope(
                entry("WO-1", "P-1").made(null, 16, 0),
                entry("WO-2", "P-2").made("0.25", 24, 0)), T);
        assertThat(r.value()).isEqualByComparingTo("62.50");
        assertThat(r.confidence()).isEqualByComparingTo("0.65");
        assertThat(r.minConfidence()).isEqualByComparingTo("0.3");
        assertThat(r.inferredShare()).isEqualByComparingTo("0.5");
    }

    @Test
    void statusBoundsAreInclusive() {
        // 0.1 × 76 = 7.6 of 8 → 95 % = target → green; 0.1 × 68 = 6.8 of 8 → 85 % = warning → amber
        assertThat(ProductionKpis.performance(scope(entry("WO-1", "P-1").made("0.1", 76, 0)), T).status())
                .isEqualTo(Status.GREEN);
        assertThat(ProductionKpis.performance(scope(entry("WO-1", "P-1").made("0.1", 68, 0)), T).status())
                .isEqualTo(Status.AMBER);
    }

    @Test
    void anEntryWithoutAnyCycleTimeIsLeftOutAndNamed() {
        KpiResult r = ProductionKpis.performance(scope(
                entry("WO-1", "P-1").made("0.1", 80, 0),
                entry("WO-2", "P-9").made(null, 10, 0).defaults(ClientDefaults.none())), T);
        // only WO-1: 8 ÷ 8 = 100 %
        assertThat(r.value()).isEqualByComparingTo("100.00");
        assertThat(r.recordCount()).isEqualTo(2);
        assertThat(r.warnings()).singleElement().asString().contains("P-9");
    }
}
