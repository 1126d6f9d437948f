package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** First pass yield per stage and overall, and rolled throughput yield. */
class YieldTest {

    private static final Thresholds FPY = Kpi.FPY.defaults();
    private static final Thresholds RTY = Kpi.RTY.defaults();
    private static final List<String> STAGES = QualityKpis.DEFAULT_STAGES;

    private static QualityRecord rec(String stage, long inspected, long passed) {
        return new QualityRecord(stage, "P-1", inspected, inspected - passed, passed, inspected - passed, 1);
    }

    @Test
    void noEntriesIsNoData() {
        FpyResult f = QualityKpis.fpy(List.of(), STAGES, FPY);
        assertThat(f.overall().value()).isNull();
        assertThat(f.overall().status()).isEqualTo(Status.NO_DATA);
        assertThat(f.stages()).isEmpty();
        RtyResult r = QualityKpis.rty(List.of(), STAGES, RTY, FPY);
        assertThat(r.rty().value()).isNull();
        assertThat(r.rty().status()).isEqualTo(Status.NO_DATA);
        assertThat(r.worstStage()).isNull();
    }

    @Test
    void fpyPerStageAndOverallArePooled() {
        // FINAL: 95 + 10 of 100 + 10 → 105 ÷ 110 = 95.4545 %; INCOMING: 198 of 200 = 99 %
        // overall pools all: 303 ÷ 310 = 97.7419 % (average of stage values would be 97.23 %)
        FpyResult f = QualityKpis.fpy(List.of(rec("FINAL", 100, 95), rec("FINAL", 10, 10), rec("INCOMING", 200, 198)),
                STAGES, FPY);
        assertThat(f.overall().value()).isEqualByComparingTo("97.74");
        assertThat(f.overall().status()).isEqualTo(Status.AMBER);
        assertThat(f.stages()).extracting(StageYield::stage).containsExactly("INCOMING", "FINAL");
        assertThat(f.stages().get(1).fpy().value()).isEqualByComparingTo("95.45");
        assertThat(f.stages().get(0).fpy().status()).isEqualTo(Status.GREEN);
    }

    @Test
    void rtyMultipliesStagesInConfiguredOrderThenAlphabetically() {
        // INCOMING 0.99 (99/100), IN_PROCESS 0.9 (90/100), FINAL 0.95 (95/100), PACKING 0.98 (49/50), AUDIT 1 (10/10)
        // RTY = 0.99 × 0.9 × 0.95 × 0.98 × 1 = 0.829521 → 82.95 % (red, < 85)
        RtyResult r = QualityKpis.rty(List.of(rec("PACKING", 50, 49), rec("FINAL", 100, 95), rec("AUDIT", 10, 10),
                rec("IN_PROCESS", 100, 90), rec("INCOMING", 100, 99)), STAGES, RTY, FPY);
        assertThat(r.stages()).extracting(StageYield::stage)
                .containsExactly("INCOMING", "IN_PROCESS", "FINAL", "AUDIT", "PACKING");
        assertThat(r.rty().value()).isEqualByComparingTo("82.95");
        assertThat(r.rty().status()).isEqualTo(Status.RED);
        assertThat(r.worstStage()).isEqualTo("IN_PROCESS");
    }

    @Test
    void singleStageRtyEqualsFpy() {
        RtyResult r = QualityKpis.rty(List.of(rec("FINAL", 200, 190)), STAGES, RTY, FPY);
        // 190 ÷ 200 = 95 % = RTY target → green
        assertThat(r.rty().value()).isEqualByComparingTo("95.00");
        assertThat(r.rty().status()).isEqualTo(Status.GREEN);
        assertThat(r.stages()).singleElement().extracting(s -> s.fpy().value()).isEqualTo(r.rty().value());
    }

    @Test
    void aStageWithNothingInspectedIsAbsentAndTiesGoToTheEarlierStage() {
        // INCOMING 0 inspected → absent; IN_PROCESS 90 % and FINAL 90 % tie → worst is IN_PROCESS
        // RTY = 0.9 × 0.9 = 81 %
        RtyResult r = QualityKpis.rty(List.of(rec("INCOMING", 0, 0), rec("FINAL", 10, 9), rec("IN_PROCESS", 20, 18)),
                STAGES, RTY, FPY);
        assertThat(r.stages()).extracting(StageYield::stage).containsExactly("IN_PROCESS", "FINAL");
        assertThat(r.rty().value()).isEqualByComparingTo("81.00");
        assertThat(r.worstStage()).isEqualTo("IN_PROCESS");
    }

    @Test
    void aClientStageOrderIsFollowed() {
        // configured FINAL before INCOMING; FINAL 80 %, INCOMING 100 % → order FINAL, INCOMING; RTY 80 % (red)
        RtyResult r = QualityKpis.rty(List.of(rec("INCOMING", 10, 10), rec("FINAL", 10, 8)),
                List.of("FINAL", "INCOMING"), RTY, FPY);
        assertThat(r.stages()).extracting(StageYield::stage).containsExactly("FINAL", "INCOMING");
        assertThat(r.rty().value()).isEqualByComparingTo("80.00");
        assertThat(r.worstStage()).isEqualTo("FINAL");
        // FPY status boundary: 95 % = warning → amber
        assertThat(QualityKpis.fpy(List.of(rec("FINAL", 100, 95)), STAGES, FPY).overall().status())
                .isEqualTo(Status.AMBER);
    }
}
