package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PpmTest {

    private static final Thresholds T = Kpi.PPM.defaults();

    private static QualityRecord inspected(long inspected, long defective) {
        return new QualityRecord("FINAL", "P-1", inspected, defective, inspected - defective, defective, 1);
    }

    @Test
    void noEntriesIsNoData() {
        KpiResult r = QualityKpis.ppm(List.of(), T);
        assertThat(r.value()).isNull();
        assertThat(r.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void poolsDefectiveOverInspected() {
        // 2 of 1 000 (2 000 ppm) and 0 of 9 000 (0): average 1 000, pooled 2 ÷ 10 000 × 10⁶ = 200 ppm
        KpiResult r = QualityKpis.ppm(List.of(inspected(1000, 2), inspected(9000, 0)), T);
        assertThat(r.value()).isEqualByComparingTo("200.00");
        assertThat(r.numerator()).isEqualByComparingTo("2");
        assertThat(r.denominator()).isEqualByComparingTo("10000");
        assertThat(r.status()).isEqualTo(Status.GREEN);
        assertThat(r.unit()).isEqualTo("ppm");
    }

    @Test
    void lowerIsBetterColoursWithInclusiveBounds() {
        // 1 of 2 000 = 500 ppm = target → green; 2 of 2 000 = 1 000 = warning → amber; 3 of 2 000 = 1 500 → red
        assertThat(QualityKpis.ppm(List.of(inspected(2000, 1)), T).status()).isEqualTo(Status.GREEN);
        assertThat(QualityKpis.ppm(List.of(inspected(2000, 2)), T).status()).isEqualTo(Status.AMBER);
        assertThat(QualityKpis.ppm(List.of(inspected(2000, 3)), T).status()).isEqualTo(Status.RED);
    }

    @Test
    void nothingInspectedIsNoDataButCounted() {
        KpiResult r = QualityKpis.ppm(List.of(inspected(0, 0)), T);
        assertThat(r.value()).isNull();
        assertThat(r.recordCount()).isEqualTo(1);
    }

    @Test
    void confidenceIsAlwaysOne() {
        KpiResult r = QualityKpis.ppm(List.of(inspected(300, 1)), T);
        // 1 ÷ 300 × 10⁶ = 3 333.333… → 3 333.33
        assertThat(r.value()).isEqualByComparingTo("3333.33");
        assertThat(r.confidence()).isEqualByComparingTo("1");
        assertThat(r.inferredShare()).isEqualByComparingTo("0");
    }

    @Test
    void customThresholdsOverrideTheDefaults() {
        Thresholds strict = Thresholds.of("100", "200", "400", Direction.LOWER_IS_BETTER);
        // 200 ppm against target 100 / warning 200 → amber
        assertThat(QualityKpis.ppm(List.of(inspected(10000, 2)), strict).status()).isEqualTo(Status.AMBER);
    }
}
