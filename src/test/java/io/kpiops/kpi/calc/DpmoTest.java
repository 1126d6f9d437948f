package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DpmoTest {

    private static final Thresholds T = Kpi.DPMO.defaults();

    private static QualityRecord rec(long inspected, long defects, long opportunities) {
        return new QualityRecord("FINAL", "P-1", inspected, 0, inspected, defects, opportunities);
    }

    @Test
    void noEntriesIsNoDataWithoutSigma() {
        DpmoResult r = QualityKpis.dpmo(List.of(), T);
        assertThat(r.dpmo().value()).isNull();
        assertThat(r.dpmo().status()).isEqualTo(Status.NO_DATA);
        assertThat(r.sigmaLevel().value()).isNull();
    }

    @Test
    void poolsDefectsOverOpportunities() {
        // 10 defects in 1 000 × 5 opportunities (2 000 DPMO) and 0 in 1 000 × 1 (0): average 1 000,
        // pooled 10 ÷ 6 000 × 10⁶ = 1 666.67 (red, > 1 000)
        DpmoResult r = QualityKpis.dpmo(List.of(rec(1000, 10, 5), rec(1000, 0, 1)), T);
        assertThat(r.dpmo().value()).isEqualByComparingTo("1666.67");
        assertThat(r.dpmo().denominator()).isEqualByComparingTo("6000");
        assertThat(r.dpmo().status()).isEqualTo(Status.RED);
    }

    @Test
    void opportunitiesFallBackToClientDefaultThenOne() {
        assertThat(QualityKpis.opportunities(5, 3)).isEqualTo(5);
        assertThat(QualityKpis.opportunities(null, 3)).isEqualTo(3);
        assertThat(QualityKpis.opportunities(null, null)).isEqualTo(1);
    }

    @Test
    void zeroDefectsIsSigmaSixShownAsAtLeastSix() {
        DpmoResult r = QualityKpis.dpmo(List.of(rec(500, 0, 2)), T);
        assertThat(r.dpmo().value()).isEqualByComparingTo("0");
        assertThat(r.dpmo().status()).isEqualTo(Status.GREEN);
        assertThat(r.sigmaLevel().value()).isEqualByComparingTo("6.00");
        assertThat(r.sigmaLevel().display()).isEqualTo("≥ 6");
    }

    @Test
    void sigmaLevelIsTheShortTermNormalQuantile() {
        // 500 DPMO: Φ⁻¹(0.9995) = 3.2905 + 1.5 = 4.79 (the reference's lookup said 4.0)
        DpmoResult r = QualityKpis.dpmo(List.of(rec(2000, 1, 1)), T);
        assertThat(r.dpmo().value()).isEqualByComparingTo("500.00");
        assertThat(r.dpmo().status()).isEqualTo(Status.GREEN);
        assertThat(r.sigmaLevel().value()).isEqualByComparingTo("4.79");
        // 66 807 DPMO: Φ⁻¹(0.933193) = 1.5000 → 3.00
        assertThat(SigmaLevel.of(new java.math.BigDecimal("66807")).value()).isEqualByComparingTo("3.00");
        // 3.4 DPMO: Φ⁻¹(0.9999966) = 4.50 → 6.00, not flagged (only DPMO 0 is "≥ 6")
        SigmaLevel six = SigmaLevel.of(new java.math.BigDecimal("3.4"));
        assertThat(six.value()).isEqualByComparingTo("6.00");
        assertThat(six.display()).isEqualTo("6.00");
    }

    @Test
    void amberAtTheWarningLevel() {
        // 1 of 1 000 × 1 = 1 000 DPMO = warning → amber; sigma Φ⁻¹(0.999) = 3.0902 + 1.5 = 4.59
        DpmoResult r = QualityKpis.dpmo(List.of(rec(1000, 1, 1)), T);
        assertThat(r.dpmo().status()).isEqualTo(Status.AMBER);
        assertThat(r.sigmaLevel().value()).isEqualByComparingTo("4.59");
    }
}
