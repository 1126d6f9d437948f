package io.kpiops.kpi.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.inference.CrewAverage.PastCrew;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrewTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 1);
    private static final ClientDefaults DEFAULTS = new ClientDefaults(null, null, 6, null);

    @Test
    void assignedIsNotInferred() {
        Resolved<BigDecimal> r = Crew.resolve(4, 3, new BigDecimal("5"), DEFAULTS);
        assertThat(r.value()).isEqualByComparingTo("4");
        assertThat(r.isInferred()).isFalse();
    }

    @Test
    void presentThenAverageThenDefault() {
        Resolved<BigDecimal> present = Crew.resolve(null, 3, new BigDecimal("5"), DEFAULTS);
        assertThat(present.value()).isEqualByComparingTo("3");
        assertThat(present.inference()).isEqualTo(InferenceRules.EMPLOYEES_PRESENT);

        Resolved<BigDecimal> average = Crew.resolve(null, null, new BigDecimal("4.5"), DEFAULTS);
        assertThat(average.value()).isEqualByComparingTo("4.5");
        assertThat(average.inference().rule()).isEqualTo("line_shift_30d_average");
        assertThat(average.confidence()).isEqualByComparingTo("0.5");

        Resolved<BigDecimal> def = Crew.resolve(0, null, null, DEFAULTS);
        assertThat(def.value()).isEqualByComparingTo("6");
        assertThat(def.inference().rule()).isEqualTo("client_default_crew_size");
        assertThat(def.confidence()).isEqualByComparingTo("0.3");

        assertThat(Crew.resolve(null, null, null, ClientDefaults.none()).present()).isFalse();
    }

    @Test
    void thirtyDayMeanIsNotRounded() {
        // in window [D−30, D−1] with a value: 4, 5, 5 → 14 ÷ 3 = 4.6666…; D itself, D−31 and null are skipped
        List<PastCrew> history = List.of(new PastCrew(D.minusDays(1), 4), new PastCrew(D.minusDays(30), 5),
                new PastCrew(D.minusDays(12), 5), new PastCrew(D, 9), new PastCrew(D.minusDays(31), 9),
                new PastCrew(D.minusDays(3), null));
        BigDecimal mean = CrewAverage.of(history, D);
        assertThat(mean.toPlainString()).startsWith("4.66666666666");
        assertThat(CrewAverage.of(List.of(new PastCrew(D.minusDays(3), null)), D)).isNull();
    }
}
