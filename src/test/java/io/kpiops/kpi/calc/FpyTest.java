package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FpyTest {

    private static final Thresholds T = Kpi.FPY.defaults();
    private static final List<String> STAGES = QualityKpis.DEFAULT_STAGES;

    static QualityRecord rec(String stage, long inspected, long passed) {
        return new QualityRecord(stage, "P-1", inspected, inspected - passed, passed, inspected - passed, 1);
    }

    @Test
    void noEntriesIsNoData() {
        FpyResult f = QualityKpis.fpy(List.of(), STAGES, T);
        assertThat(f.overall().value()).isNull();
        assertThat(f.overall().status()).isEqualTo(Status.NO_DATA);
        assertThat(f.stages()).isEmpty();
    }

    @Test
    void perStageAndOverallArePooled() {
        // FINAL: 95 + 10 of 100 + 10 → 105 ÷ 110 = 95.4545 %; INCOMING: 198 of 200 = 99 %
        // overall pools all: 303 ÷ 310 = 97.7419 % (the average of the stage values would be 97.23 %)
        FpyResult f = QualityKpis.fpy(List.of(rec("FINAL", 100, 95), rec("FINAL", 10, 10), rec("INCOMING", 200, 198)),
                STAGES, T);
        assertThat(f.overall().value()).isEqualByComparingTo("97.74");
        assertThat(f.overall().numerator()).isEqualByComparingTo("303");
        assertThat(f.overall().denominator()).isEqualByComparingTo("310");
        assertThat(f.overall().status()).isEqualTo(Status.AMBER);
        assertThat(f.stages()).extracting(StageYield::stage).containsExactly("INCOMING", "FINAL");
        assertThat(f.stages().get(1).fpy().value()).isEqualByComparingTo("95.45");
        assertThat(f.stages().get(1).fpy().recordCount()).isEqualTo(2);
        assertThat(f.stages().get(0).fpy().status()).isEqualTo(Status.GREEN);
    }

    @Test
    void aStageWithNothingInspectedIsAbsent() {
        FpyResult f = QualityKpis.fpy(List.of(rec("INCOMING", 0, 0), rec("FINAL", 50, 50)), STAGES, T);
        assertThat(f.stages()).extracting(StageYield::stage).containsExactly("FINAL");
        // overall 50 ÷ 50 = 100 %, both records in scope
        assertThat(f.overall().value()).isEqualByComparingTo("100.00");
        assertThat(f.overall().recordCount()).isEqualTo(2);
    }

    @Test
    void higherIsBetterColoursWithInclusiveBounds() {
        // 99 of 100 = target → green; 95 of 100 = warning → amber; 949 of 1 000 = 94.9 % → red
        assertThat(QualityKpis.fpy(List.of(rec("FINAL", 100, 99)), STAGES, T).overall().status()).isEqualTo(Status.GREEN);
        assertThat(QualityKpis.fpy(List.of(rec("FINAL", 100, 95)), STAGES, T).overall().status()).isEqualTo(Status.AMBER);
        assertThat(QualityKpis.fpy(List.of(rec("FINAL", 1000, 949)), STAGES, T).overall().status()).isEqualTo(Status.RED);
    }

    @Test
    void nothingIsInferable() {
        FpyResult f = QualityKpis.fpy(List.of(rec("FINAL", 3, 2)), STAGES, T);
        // 2 ÷ 3 = 66.667 %
        assertThat(f.overall().value()).isEqualByComparingTo("66.67");
        assertThat(f.overall().unit()).isEqualTo("%");
        assertThat(f.overall().confidence()).isEqualByComparingTo("1");
        assertThat(f.overall().inferredShare()).isEqualByComparingTo("0");
        assertThat(f.overall().inferred()).isEmpty();
    }

    @Test
    void unconfiguredStagesFollowTheConfiguredOnesAlphabetically() {
        FpyResult f = QualityKpis.fpy(List.of(rec("PACKING", 1, 1), rec("AUDIT", 1, 1), rec("FINAL", 1, 1),
                rec("INCOMING", 1, 1)), STAGES, T);
        assertThat(f.stages()).extracting(StageYield::stage).containsExactly("INCOMING", "FINAL", "AUDIT", "PACKING");
    }
}
