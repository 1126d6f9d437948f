package io.kpiops.kpi.calc;

import static io.kpiops.kpi.calc.ProductionFixture.entry;
import static io.kpiops.kpi.calc.ProductionFixture.scope;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualityRateTest {

    private static final Thresholds T = Kpi.QUALITY_RATE.defaults();

    @Test
    void noEntriesIsNoData() {
        KpiResult r = ProductionKpis.qualityRate(scope(), T);
        assertThat(r.value()).isNull();
        assertThat(r.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void entriesThatProducedNothingGiveNoDataButAreCounted() {
        KpiResult r = ProductionKpis.qualityRate(scope(entry("WO-1", "P-1").made("0.1", 0, 0)), T);
        assertThat(r.value()).isNull();
        assertThat(r.recordCount()).isEqualTo(1);
    }

    @Test
    void poolsGoodUnitsOverProducedUnits() {
        // 99 of 100 good (99 %) and 5 of 10 (50 %): average 74.5 %, pooled 104 ÷ 110 = 94.5454 %
        KpiResult r = ProductionKpis.qualityRate(scope(
                entry("WO-1", "P-1").made("0.01", 100, 1),
                entry("WO-2", "P-1").made("0.01", 10, 5)), T);
        assertThat(r.value()).isEqualByComparingTo("94.55");
        assertThat(r.numerator()).isEqualByComparingTo("104");
        assertThat(r.denominator()).isEqualByComparingTo("110");
        assertThat(r.status()).isEqualTo(Status.RED);
    }

    @Test
    void nothingIsInferableEvenWhenRunTimeIsInferred() {
        KpiResult r = ProductionKpis.qualityRate(scope(entry("WO-1", "P-1").run(null).made(null, 100, 2)), T);
        // 98 ÷ 100 = 98 % (amber: ≥ 97, < 99)
        assertThat(r.value()).isEqualByComparingTo("98.00");
        assertThat(r.status()).isEqualTo(Status.AMBER);
        assertThat(r.confidence()).isEqualByComparingTo("1");
        assertThat(r.inferredShare()).isEqualByComparingTo("0");
        assertThat(r.inferred()).isEmpty();
    }

    @Test
    void targetAndWarningAreInclusive() {
        // 99 of 100 = 99 % = target → green; 97 of 100 = warning → amber; 96 → red
        assertThat(ProductionKpis.qualityRate(scope(entry("W", "P").made("0.01", 100, 1)), T).status())
                .isEqualTo(Status.GREEN);
        assertThat(ProductionKpis.qualityRate(scope(entry("W", "P").made("0.01", 100, 3)), T).status())
                .isEqualTo(Status.AMBER);
        assertThat(ProductionKpis.qualityRate(scope(entry("W", "P").made("0.01", 100, 4)), T).status())
                .isEqualTo(Status.RED);
    }

    @Test
    void roundsHalfEvenOnlyAtOutput() {
        // 2 of 3 bad → 1 ÷ 3 = 33.3333… %: shown 33.33, the exact value is kept for the status
        KpiResult third = ProductionKpis.qualityRate(scope(entry("W", "P").made("0.01", 3, 2)), T);
        assertThat(third.value()).isEqualByComparingTo("33.33");
        assertThat(third.exactValue().toPlainString()).startsWith("33.33333333");
        // 1 good of 1600 → 0.0625 % → 0.06 (half-even), not 0.07 (half-up)
        KpiResult tiny = ProductionKpis.qualityRate(scope(entry("W", "P").made("0.01", 1600, 1599)), T);
        assertThat(tiny.value()).isEqualByComparingTo("0.06");
    }
}
