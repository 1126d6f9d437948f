package io.kpiops.kpi.calc;

import static io.kpiops.kpi.calc.FpyTest.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RtyTest {

    private static final Thresholds RTY = Kpi.RTY.defaults();
    private static final Thresholds FPY = Kpi.FPY.defaults();
    private static final List<String> STAGES = QualityKpis.DEFAULT_STAGES;

    @Test
    void noEntriesIsNoData() {
        RtyResult r = QualityKpis.rty(List.of(), STAGES, RTY, FPY);
        assertThat(r.rty().value()).isNull();
        assertThat(r.rty().status()).isEqualTo(Status.NO_DATA);
        assertThat(r.worstStage()).isNull();
        assertThat(r.stages()).isEmpty();
    }

    @Test
    void multipliesStagesInConfiguredOrderThenAlphabetically() {
        // INCOMING 0.99 (99/100), IN_PROCESS 0.9 (90/100), FINAL 0.95 (95/100), AUDIT 1 (10/10), PACKING 0.98 (49/50)
        // RTY = 0.99 × 0.9 × 0.95 × 1 × 0.98 = 0.829521 → 82.95 % (red, < 85)
        RtyResult r = QualityKpis.rty(List.of(rec("PACKING", 50, 49), rec("FINAL", 100, 95), rec("AUDIT", 10, 10),
                rec("IN_PROCESS", 100, 90), rec("INCOMING", 100, 99)), STAGES, RTY, FPY);
        assertThat(r.stages()).extracting(StageYield::stage)
                .containsExactly("INCOMING", "IN_PROCESS", "FINAL", "AUDIT", "PACKING");
        assertThat(r.rty().value()).isEqualByComparingTo("82.95");
        assertThat(r.rty().status()).isEqualTo(Status.RED);
        assertThat(r.worstStage()).isEqualTo("IN_PROCESS");
    }

    @Test
    void eachStageIsPooledBeforeMultiplying() {
        // FINAL: 9/10 and 100/100 → 109/110 (not the mean 0.95); INCOMING 200/200 → RTY 109/110 = 99.09 % (green)
        RtyResult r = QualityKpis.rty(List.of(rec("FINAL", 10, 9), rec("FINAL", 100, 100), rec("INCOMING", 200, 200)),
                STAGES, RTY, FPY);
        assertThat(r.rty().value()).isEqualByComparingTo("99.09");
        assertThat(r.rty().status()).isEqualTo(Status.GREEN);
        assertThat(r.rty().recordCount()).isEqualTo(3);
    }

    @Test
    void singleStageRtyEqualsFpy() {
        // 190 ÷ 200 = 95 % = RTY target → green
        RtyResult r = QualityKpis.rty(List.of(rec("FINAL", 200, 190)), STAGES, RTY, FPY);
        assertThat(r.rty().value()).isEqualByComparingTo("95.00");
        assertThat(r.rty().status()).isEqualTo(Status.GREEN);
        assertThat(r.stages()).singleElement().extracting(s -> s.fpy().value()).isEqualTo(r.rty().value());
        // and the FPY of that stage is amber against FPY's own levels (95 = warning)
        assertThat(r.stages().getFirst().fpy().status()).isEqualTo(Status.AMBER);
    }

    @Test
    void aStageWithNothingInspectedIsAbsentAndTiesGoToTheEarlierStage() {
        // INCOMING 0 inspected → absent; IN_PROCESS 90 % and FINAL 90 % tie → worst is IN_PROCESS; 0.9 × 0.9 = 81 %
        RtyResult r = QualityKpis.rty(List.of(rec("INCOMING", 0, 0), rec("FINAL", 10, 9), rec("IN_PROCESS", 20, 18)),
                STAGES, RTY, FPY);
        assertThat(r.stages()).extracting(StageYield::stage).containsExactly("IN_PROCESS", "FINAL");
        assertThat(r.rty().value()).isEqualByComparingTo("81.00");
        assertThat(r.rty().numerator()).isEqualByComparingTo("162"); // 18 × 9
        assertThat(r.rty().denominator()).isEqualByComparingTo("200"); // 20 × 10
        assertThat(r.worstStage()).isEqualTo("IN_PROCESS");
    }

    @Test
    void aClientStageOrderIsFollowedAndAZeroStageZeroesRty() {
        // configured FINAL before INCOMING; FINAL 80 %, INCOMING 100 % → RTY 80 % (red), worst FINAL
        RtyResult r = QualityKpis.rty(List.of(rec("INCOMING", 10, 10), rec("FINAL", 10, 8)),
                List.of("FINAL", "INCOMING"), RTY, FPY);
        assertThat(r.stages()).extracting(StageYield::stage).containsExactly("FINAL", "INCOMING");
        assertThat(r.rty().value()).isEqualByComparingTo("80.00");
        assertThat(r.worstStage()).isEqualTo("FINAL");
        // a stage where nothing passed first time → RTY 0 %
        RtyResult zero = QualityKpis.rty(List.of(rec("INCOMING", 10, 10), rec("FINAL", 5, 0)), STAGES, RTY, FPY);
        assertThat(zero.rty().value()).isEqualByComparingTo("0.00");
        assertThat(zero.worstStage()).isEqualTo("FINAL");
    }
}
