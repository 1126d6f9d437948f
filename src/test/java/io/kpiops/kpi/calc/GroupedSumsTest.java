package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.inference.InferenceRules;
import io.kpiops.kpi.inference.Resolved;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sums of a group of records that share their inputs' rules give the same tally as the records one by one. */
class GroupedSumsTest {

    private static final Resolved<BigDecimal> INFERRED_RUN = Resolved.inferred(BigDecimal.ONE, InferenceRules.RUN_TIME_PBT);
    private static final Resolved<BigDecimal> GIVEN = Resolved.given(BigDecimal.ONE);

    @Test
    void aGroupOfInferredRecordsIsTheSumOfItsRecords() {
        Tally one = Tally.record(new BigDecimal("6"), new BigDecimal("7.5"), List.of(GIVEN, INFERRED_RUN));
        Tally two = Tally.record(new BigDecimal("5"), new BigDecimal("6.5"), List.of(GIVEN, INFERRED_RUN));
        Tally grouped = Tally.records(new BigDecimal("11"), new BigDecimal("14"), 2, List.of(GIVEN, INFERRED_RUN));

        assertThat(grouped).isEqualTo(one.plus(two));
        assertThat(grouped.confidence()).isEqualByComparingTo(one.plus(two).confidence()).isEqualByComparingTo("0.5");
        assertThat(grouped.inferredShare()).isEqualByComparingTo("1");
        assertThat(grouped.inferredInputs()).singleElement().satisfies(i -> assertThat(i.recordCount()).isEqualTo(2));
    }

    @Test
    void summingManyTalliesInOnePassEqualsAddingThemOneByOne() {
        Tally inferredRun = Tally.record(new BigDecimal("6"), new BigDecimal("7.5"), List.of(GIVEN, INFERRED_RUN));
        Tally defaultCycle = Tally.record(new BigDecimal("2"), new BigDecimal("4"),
                List.of(Resolved.inferred(BigDecimal.ONE, InferenceRules.CYCLE_TIME_CLIENT_DEFAULT)));
        Tally exact = Tally.exactSums(new BigDecimal("30"), new BigDecimal("40"), 5);
        List<Tally> tallies = List.of(Tally.EMPTY, inferredRun, Tally.excludedRecords(2), exact, Tally.EMPTY,
                defaultCycle, inferredRun);

        Tally oneByOne = tallies.stream().reduce(Tally.EMPTY, Tally::plus);
        assertThat(Tally.sum(tallies)).isEqualTo(oneByOne);
        // hand-computed: 6 + 6 + 30 + 2 over 7.5 + 7.5 + 40 + 4; 2 + 5 + 2 + 1 records, 2 of them excluded
        assertThat(oneByOne.numerator()).isEqualByComparingTo("44");
        assertThat(oneByOne.denominator()).isEqualByComparingTo("59");
        assertThat(oneByOne.recordCount()).isEqualTo(10);
        assertThat(oneByOne.excluded()).isEqualTo(2);
        assertThat(oneByOne.inferredInputs()).hasSize(2);
        // the edge cases: nothing, only empties, one tally among empties
        assertThat(Tally.sum(List.of())).isEqualTo(Tally.EMPTY);
        assertThat(Tally.sum(List.of(Tally.EMPTY, Tally.EMPTY))).isEqualTo(Tally.EMPTY);
        assertThat(Tally.sum(List.of(Tally.EMPTY, exact, Tally.EMPTY))).isEqualTo(exact);
    }

    @Test
    void anEmptyGroupAddsNothingAndExcludedRecordsCountButWeighNothing() {
        assertThat(Tally.records(BigDecimal.ZERO, BigDecimal.ZERO, 0, List.of(INFERRED_RUN))).isEqualTo(Tally.EMPTY);
        Tally excluded = Tally.excludedRecords(3);
        assertThat(excluded).isEqualTo(Tally.excludedRecord().plus(Tally.excludedRecord()).plus(Tally.excludedRecord()));
        assertThat(excluded.recordCount()).isEqualTo(3);
        assertThat(excluded.confidence()).isNull();
    }

    @Test
    void aQualityRecordMayHoldTheSumsOfSeveralEntries() {
        QualityRecord a = new QualityRecord("FINAL", "P", 100, 2, 95, 3, 1);
        QualityRecord b = new QualityRecord("FINAL", "P", 50, 1, 45, 1, 1);
        QualityRecord both = new QualityRecord("FINAL", "P", 150, 3, 140, 4, 1, 2);
        Thresholds t = Kpi.PPM.defaults();

        assertThat(QualityKpis.ppm(List.of(both), t)).isEqualTo(QualityKpis.ppm(List.of(a, b), t));
        assertThat(QualityKpis.ppm(List.of(both), t).recordCount()).isEqualTo(2);
        assertThat(QualityKpis.rty(List.of(both), List.of(), Kpi.RTY.defaults(), Kpi.FPY.defaults()).rty().recordCount())
                .isEqualTo(2);
    }
}
