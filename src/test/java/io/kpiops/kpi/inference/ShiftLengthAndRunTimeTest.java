package io.kpiops.kpi.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ShiftLengthAndRunTimeTest {

    private static final ClientDefaults DEFAULTS = new ClientDefaults(new BigDecimal("7.5"), null, null, null);

    @Test
    void dayShiftIsEndMinusStartMinusBreaks() {
        // 06:00–14:00 = 8 h − 0.5 h break = 7.5 h
        assertThat(ShiftLength.ofDefinition(LocalTime.of(6, 0), LocalTime.of(14, 0), new BigDecimal("0.5")))
                .isEqualByComparingTo("7.5");
    }

    @Test
    void nightShiftCrossesMidnight() {
        // 22:00–06:30: end ≤ start → (06:30 − 22:00) + 24 h = 8.5 h, − 0.25 h break = 8.25 h
        assertThat(ShiftLength.ofDefinition(LocalTime.of(22, 0), LocalTime.of(6, 30), new BigDecimal("0.25")))
                .isEqualByComparingTo("8.25");
        // equal start and end is a 24 h shift
        assertThat(ShiftLength.ofDefinition(LocalTime.of(7, 0), LocalTime.of(7, 0), null)).isEqualByComparingTo("24");
    }

    @Test
    void shiftLengthChain() {
        Resolved<BigDecimal> defined = ShiftLength.resolve(new BigDecimal("8"), DEFAULTS);
        assertThat(defined.isInferred()).isFalse();
        assertThat(defined.confidence()).isEqualByComparingTo("1");

        Resolved<BigDecimal> byDefault = ShiftLength.resolve(null, DEFAULTS);
        assertThat(byDefault.value()).isEqualByComparingTo("7.5");
        assertThat(byDefault.inference()).isEqualTo(new Inference("shift_length", "client_default", new BigDecimal("0.5")));

        assertThat(ShiftLength.resolve(null, ClientDefaults.none()).present()).isFalse();
    }

    @Test
    void runTimeEnteredIsNotInferred() {
        Resolved<BigDecimal> r = RunTime.resolve(new BigDecimal("6.5"), new BigDecimal("8"), BigDecimal.ONE, 1);
        assertThat(r.value()).isEqualByComparingTo("6.5");
        assertThat(r.isInferred()).isFalse();
    }

    @Test
    void runTimeFromDowntimeData() {
        // PBT 7.5, 1.25 h unplanned in 2 matched records → 6.25 h (pbt_minus_udt, 0.8)
        Resolved<BigDecimal> r = RunTime.resolve(null, new BigDecimal("7.5"), new BigDecimal("1.25"), 2);
        assertThat(r.value()).isEqualByComparingTo("6.25");
        assertThat(r.inference().rule()).isEqualTo("pbt_minus_udt");
        assertThat(r.confidence()).isEqualByComparingTo("0.8");
        // only planned downtime recorded still counts as downtime data: PBT − 0
        Resolved<BigDecimal> plannedOnly = RunTime.resolve(null, new BigDecimal("7"), BigDecimal.ZERO, 1);
        assertThat(plannedOnly.value()).isEqualByComparingTo("7");
        assertThat(plannedOnly.inference().rule()).isEqualTo("pbt_minus_udt");
    }

    @Test
    void runTimeWithoutDowntimeDataIsPbt() {
        Resolved<BigDecimal> r = RunTime.resolve(null, new BigDecimal("7.5"), BigDecimal.ZERO, 0);
        assertThat(r.value()).isEqualByComparingTo("7.5");
        assertThat(r.inference()).isEqualTo(InferenceRules.RUN_TIME_PBT);
        assertThat(r.confidence()).isEqualByComparingTo("0.5");
        assertThat(RunTime.resolve(null, null, null, 0).present()).isFalse();
    }
}
