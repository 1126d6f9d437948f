package io.kpiops.kpi.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.inference.BestDemonstratedRate.PastEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycleTimeTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 1);
    private static final ClientDefaults DEFAULTS = new ClientDefaults(null, new BigDecimal("0.25"), null, null);

    private static PastEntry past(int daysBefore, String apt, long units) {
        return new PastEntry(D.minusDays(daysBefore), new BigDecimal(apt), BigDecimal.valueOf(units));
    }

    @Test
    void entryValueThenProductStandardAreNotInferred() {
        Resolved<BigDecimal> own = CycleTime.resolve(new BigDecimal("0.1"), new BigDecimal("0.2"), null, DEFAULTS);
        assertThat(own.value()).isEqualByComparingTo("0.1");
        assertThat(own.isInferred()).isFalse();
        Resolved<BigDecimal> standard = CycleTime.resolve(null, new BigDecimal("0.2"), new BigDecimal("0.3"), DEFAULTS);
        assertThat(standard.value()).isEqualByComparingTo("0.2");
        assertThat(standard.isInferred()).isFalse();
    }

    @Test
    void bestDemonstratedRateThenClientDefault() {
        Resolved<BigDecimal> bdr = CycleTime.resolve(null, BigDecimal.ZERO, new BigDecimal("0.18"), DEFAULTS);
        assertThat(bdr.value()).isEqualByComparingTo("0.18");
        assertThat(bdr.inference()).isEqualTo(InferenceRules.CYCLE_TIME_BEST_DEMONSTRATED);
        assertThat(bdr.confidence()).isEqualByComparingTo("0.6");

        Resolved<BigDecimal> def = CycleTime.resolve(null, null, null, DEFAULTS);
        assertThat(def.value()).isEqualByComparingTo("0.25");
        assertThat(def.inference().rule()).isEqualTo("client_default");
        assertThat(def.confidence()).isEqualByComparingTo("0.3");

        assertThat(CycleTime.resolve(null, null, null, ClientDefaults.none()).present()).isFalse();
    }

    @Test
    void bestDemonstratedRateIsTheTenthPercentileByNearestRank() {
        // APT ÷ PQ: 3/10 = 0.3, 2.5/10 = 0.25, 2/10 = 0.2, 4/10 = 0.4, 3.5/10 = 0.35 → sorted 0.2 …;
        // rank ceil(0.1 × 5) = 1 → 0.2
        List<PastEntry> five = List.of(past(1, "3", 10), past(2, "2.5", 10), past(3, "2", 10), past(4, "4", 10),
                past(90, "3.5", 10));
        assertThat(BestDemonstratedRate.of(five, D)).isEqualByComparingTo("0.2");

        // 11 entries 0.11 … 0.21 h/unit: rank ceil(1.1) = 2 → the second smallest, 0.12
        List<PastEntry> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(past(i + 1, String.valueOf(11 + i), 100));
        }
        assertThat(BestDemonstratedRate.of(eleven, D)).isEqualByComparingTo("0.12");
    }

    @Test
    void bestDemonstratedRateNeedsFiveEntriesInsideTheWindow() {
        // same-day (D), 91 days back and zero-unit entries do not count → only 4 left → no rate
        List<PastEntry> entries = List.of(past(1, "3", 10), past(2, "2.5", 10), past(3, "2", 10), past(4, "4", 10),
                past(0, "1", 10), past(91, "1", 10), past(5, "1", 0));
        assertThat(BestDemonstratedRate.of(entries, D)).isNull();
    }
}
