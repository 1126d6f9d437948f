package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BradfordTest {

    // Monday 1 June 2026
    private static final LocalDate MON = LocalDate.of(2026, 6, 1);

    private static AttendanceRecord worked(LocalDate d) {
        return new AttendanceRecord("E-1", d, BigDecimal.valueOf(8), BigDecimal.valueOf(8), false, false, null, null);
    }

    private static AttendanceRecord absent(LocalDate d, String type) {
        return new AttendanceRecord("E-1", d, BigDecimal.valueOf(8), null, true, false, type, null);
    }

    private static BradfordResult of(LocalDate asOf, int weeks, AttendanceRecord... records) {
        return Bradford.compute("E-1", List.of(records), asOf, weeks, Absenteeism.DEFAULT_COUNTED, Bradford.DEFAULT_BANDS);
    }

    @Test
    void noScheduledRecordIsNullAndNeverAbsentIsZero() {
        BradfordResult none = of(MON, 52);
        assertThat(none.value()).isNull();
        assertThat(none.band()).isNull();
        BradfordResult clean = of(MON.plusDays(1), 52, worked(MON), worked(MON.plusDays(1)));
        assertThat(clean.value()).isZero();
        assertThat(clean.band()).isEqualTo("low");
    }

    @Test
    void daysWithoutARecordBridgeASpell() {
        // absent Fri 5 and Mon 8 June, no records on the weekend → one spell of 2 days: 1² × 2 = 2
        BradfordResult r = of(MON.plusDays(8), 52, worked(MON.plusDays(3)), absent(MON.plusDays(4), null),
                absent(MON.plusDays(7), null), worked(MON.plusDays(8)));
        assertThat(r.spells()).isEqualTo(1);
        assertThat(r.days()).isEqualTo(2);
        assertThat(r.value()).isEqualTo(2);
    }

    @Test
    void workedLateAndPartialDaysBreakASpell() {
        // absent Mon, late Tue (not absence), absent Wed, partial (4 h) Thu, absent Fri → 3 spells, 3 days: 9 × 3 = 27
        AttendanceRecord late = new AttendanceRecord("E-1", MON.plusDays(1), BigDecimal.valueOf(8), BigDecimal.valueOf(7),
                false, true, null, null);
        AttendanceRecord partial = new AttendanceRecord("E-1", MON.plusDays(3), BigDecimal.valueOf(8),
                BigDecimal.valueOf(4), true, false, null, BigDecimal.valueOf(4));
        BradfordResult r = of(MON.plusDays(4), 52, absent(MON, null), late, absent(MON.plusDays(2), null), partial,
                absent(MON.plusDays(4), null));
        assertThat(r.spells()).isEqualTo(3);
        assertThat(r.days()).isEqualTo(3);
        assertThat(r.value()).isEqualTo(27);
    }

    @Test
    void aNonCountedAbsenceBreaksASpellAndIsNotADay() {
        // absent Mon, vacation Tue, absent Wed → 2 spells, 2 days: 4 × 2 = 8
        BradfordResult r = of(MON.plusDays(2), 52, absent(MON, "MEDICAL_LEAVE"), absent(MON.plusDays(1), "VACATION"),
                absent(MON.plusDays(2), null));
        assertThat(r.spells()).isEqualTo(2);
        assertThat(r.days()).isEqualTo(2);
        assertThat(r.value()).isEqualTo(8);
    }

    @Test
    void aSpellCrossingTheWindowStartKeepsItsInWindowDays() {
        // 1-week window ending Sun 14 June = 8–14 June; absent Thu 4 … Tue 9 → in window Mon 8, Tue 9 → 1 × 2 = 2
        List<AttendanceRecord> records = new ArrayList<>();
        for (int d : new int[] {3, 4, 7, 8}) {
            records.add(absent(MON.plusDays(d), null));
        }
        records.add(worked(MON.plusDays(9)));
        BradfordResult r = Bradford.compute("E-1", records, MON.plusDays(13), 1, Absenteeism.DEFAULT_COUNTED,
                Bradford.DEFAULT_BANDS);
        assertThat(r.days()).isEqualTo(2);
        assertThat(r.spells()).isEqualTo(1);
        assertThat(r.value()).isEqualTo(2);
    }

    @Test
    void bandsHaveInclusiveUpperEdges() {
        assertThat(Bradford.band(50, Bradford.DEFAULT_BANDS)).isEqualTo("low");
        assertThat(Bradford.band(51, Bradford.DEFAULT_BANDS)).isEqualTo("monitor");
        assertThat(Bradford.band(200, Bradford.DEFAULT_BANDS)).isEqualTo("monitor");
        assertThat(Bradford.band(400, Bradford.DEFAULT_BANDS)).isEqualTo("action");
        assertThat(Bradford.band(401, Bradford.DEFAULT_BANDS)).isEqualTo("critical");
        // 4 one-day spells on alternate days: 4² × 4 = 64 → monitor
        BradfordResult r = of(MON.plusDays(7), 52, absent(MON, null), worked(MON.plusDays(1)), absent(MON.plusDays(2), null),
                worked(MON.plusDays(3)), absent(MON.plusDays(4), null), worked(MON.plusDays(5)),
                absent(MON.plusDays(6), null));
        assertThat(r.value()).isEqualTo(64);
        assertThat(r.band()).isEqualTo("monitor");
    }
}
