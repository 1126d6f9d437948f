package io.kpiops.kpi.calc;

import static io.kpiops.kpi.calc.ProductionFixture.bd;
import static io.kpiops.kpi.calc.ProductionFixture.entry;
import static io.kpiops.kpi.calc.ProductionFixture.scope;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.inference.ClientDefaults;
import io.kpiops.kpi.inference.ShiftLength;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static final Thresholds T = Kpi.AVAILABILITY.defaults();

    @Test
    void noEntriesIsNoData() {
        KpiResult r = ProductionKpis.availability(scope(), T);
        assertThat(r.value()).isNull();
        assertThat(r.status()).isEqualTo(Status.NO_DATA);
        assertThat(r.recordCount()).isZero();
        assertThat(r.confidence()).isNull();
    }

    @Test
    void poolsHoursInsteadOfAveragingRatios() {
        // WO-1: 4 of 8 h (50 %), WO-2: 2 of 2 h (100 %); average of ratios 75 %, pooled 6 ÷ 10 = 60 %
        KpiResult r = ProductionKpis.availability(scope(
                entry("WO-1", "P-1").run("4"),
                entry("WO-2", "P-1").shift("2").run("2")), T);
        assertThat(r.value()).isEqualByComparingTo("60.00");
        assertThat(r.numerator()).isEqualByComparingTo("6");
        assertThat(r.denominator()).isEqualByComparingTo("10");
        assertThat(r.recordCount()).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.RED);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void inferredRunTimesCarryTheirRulesAndConfidence() {
        // WO-1: no run time, one downtime record, 2 h unplanned → APT 8 − 2 = 6 (pbt_minus_udt, 0.8)
        // WO-2: no run time, no downtime → APT = PBT = 8 (pbt, 0.5); WO-3: 7 h entered (1.0)
        // 21 ÷ 24 = 87.5 % (amber); confidence (8×0.8 + 8×0.5 + 8×1) ÷ 24 = 18.4 ÷ 24 = 0.76667
        // inferred share 16 ÷ 24 = 0.66667
        KpiResult r = ProductionKpis.availability(scope(
                entry("WO-1", "P-1").run(null).downtime("0", "2", 1),
                entry("WO-2", "P-1").run(null),
                entry("WO-3", "P-1").run("7")), T);
        assertThat(r.value()).isEqualByComparingTo("87.50");
        assertThat(r.status()).isEqualTo(Status.AMBER);
        assertThat(r.confidence()).isEqualByComparingTo("0.7667");
        assertThat(r.minConfidence()).isEqualByComparingTo("0.5");
        assertThat(r.inferredShare()).isEqualByComparingTo("0.6667");
        assertThat(r.inferred()).containsExactly(
                new InferredInput("run_time", "pbt", 1, bd("0.5")),
                new InferredInput("run_time", "pbt_minus_udt", 1, bd("0.8")));
    }

    @Test
    void aboveHundredIsReportedAsComputedWithARunTimeWarning() {
        // WO-7: 9 h run in an 8 h shift → 9 ÷ 8 = 112.5 %, reported as computed, green, with a warning
        KpiResult r = ProductionKpis.availability(scope(entry("WO-7", "P-1").run("9")), T);
        assertThat(r.value()).isEqualByComparingTo("112.50");
        assertThat(r.status()).isEqualTo(Status.GREEN);
        assertThat(r.warnings()).singleElement().asString().contains("run time").contains("WO-7");
    }

    @Test
    void crossMidnightShiftAndDefaultShiftLength() {
        // WO-1: 22:00–06:00 with a 0.5 h break → 8 − 0.5 = 7.5 h (1.0), 6 h run
        // WO-2: no shift definition → client default 8 h (0.5), 8 h run
        // 14 ÷ 15.5 = 90.3226 % (green, ≥ 90); confidence (7.5×1 + 8×0.5) ÷ 15.5 = 11.5 ÷ 15.5 = 0.74194
        String night = ShiftLength.ofDefinition(LocalTime.of(22, 0), LocalTime.of(6, 0), bd("0.5")).toPlainString();
        KpiResult r = ProductionKpis.availability(scope(
                entry("WO-1", "P-1").shift(night).run("6"),
                entry("WO-2", "P-1").shift(null).run("8")), T);
        assertThat(r.value()).isEqualByComparingTo("90.32");
        assertThat(r.status()).isEqualTo(Status.GREEN);
        assertThat(r.confidence()).isEqualByComparingTo("0.7419");
        assertThat(r.inferred()).containsExactly(new InferredInput("shift_length", "client_default", 1, bd("0.5")));
    }

    @Test
    void plannedDowntimeShrinksPlannedBusyTimeAndBoundsAreInclusive() {
        // shift 10 h, 1 h planned → PBT 9; run 8.1 → 90 % exactly = target → green
        KpiResult atTarget = ProductionKpis.availability(scope(
                entry("WO-1", "P-1").shift("10").downtime("1", "0", 1).run("8.1")), T);
        assertThat(atTarget.value()).isEqualByComparingTo("90.00");
        assertThat(atTarget.status()).isEqualTo(Status.GREEN);
        // 8 of 10 → 80 % = warning → amber
        KpiResult atWarning = ProductionKpis.availability(scope(entry("WO-1", "P-1").shift("10").run("8")), T);
        assertThat(atWarning.status()).isEqualTo(Status.AMBER);
    }

    @Test
    void anEntryWithoutAnyShiftLengthIsLeftOutButCounted() {
        // WO-2 has no shift and the client has no default → no PBT: left out, named, still a record in scope
        KpiResult r = ProductionKpis.availability(scope(
                entry("WO-1", "P-1").run("8"),
                entry("WO-2", "P-1").shift(null).run(null).defaults(ClientDefaults.none())), T);
        assertThat(r.value()).isEqualByComparingTo("100.00");
        assertThat(r.recordCount()).isEqualTo(2);
        assertThat(r.warnings()).singleElement().asString().contains("leaves out 1 entry").contains("WO-2");
    }
}
