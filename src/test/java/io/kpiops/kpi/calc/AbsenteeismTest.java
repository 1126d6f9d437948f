package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbsenteeismTest {

    private static final Thresholds T = Kpi.ABSENTEEISM.defaults();
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static AttendanceRecord rec(String scheduled, String actual, boolean absent, String type, String absenceHours) {
        return new AttendanceRecord("E-1", DAY, new BigDecimal(scheduled), actual == null ? null : new BigDecimal(actual),
                absent, false, type, absenceHours == null ? null : new BigDecimal(absenceHours));
    }

    private static KpiResult of(AttendanceRecord... records) {
        return Absenteeism.compute(List.of(records), Absenteeism.DEFAULT_COUNTED, T);
    }

    @Test
    void noRecordsIsNoData() {
        KpiResult r = of();
        assertThat(r.value()).isNull();
        assertThat(r.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void absenceHoursRule() {
        // entered 2 h (even though actual 8); absent without hours → 8 − 0 = 8; actual 6 of 8 → 2; present → 0
        assertThat(Absenteeism.absenceHours(rec("8", "8", false, null, "2"), Absenteeism.DEFAULT_COUNTED))
                .isEqualByComparingTo("2");
        assertThat(Absenteeism.absenceHours(rec("8", null, true, "MEDICAL_LEAVE", null), Absenteeism.DEFAULT_COUNTED))
                .isEqualByComparingTo("8");
        assertThat(Absenteeism.absenceHours(rec("8", "6", false, null, null), Absenteeism.DEFAULT_COUNTED))
                .isEqualByComparingTo("2");
        assertThat(Absenteeism.absenceHours(rec("8", "8", false, null, null), Absenteeism.DEFAULT_COUNTED))
                .isEqualByComparingTo("0");
    }

    @Test
    void vacationIsInTheDenominatorButNotCounted() {
        // 8 h vacation (0 counted) + 8 h unscheduled absence + 4 × 8 h present → 8 ÷ 48 = 16.667 % (red)
        KpiResult r = of(rec("8", null, true, "VACATION", null), rec("8", null, true, "UNSCHEDULED_ABSENCE", null),
                rec("8", "8", false, null, null), rec("8", "8", false, null, null), rec("8", "8", false, null, null),
                rec("8", "8", false, null, null));
        assertThat(r.value()).isEqualByComparingTo("16.67");
        assertThat(r.numerator()).isEqualByComparingTo("8");
        assertThat(r.denominator()).isEqualByComparingTo("48");
        assertThat(r.status()).isEqualTo(Status.RED);
    }

    @Test
    void aRecordWithoutATypeCountsAndPoolingIsByHours() {
        // 4 h of a 10 h day without a type + 0 of 90 h → 4 ÷ 100 = 4 % (green); averaging per record would be 20 %
        KpiResult r = of(rec("10", "6", false, null, null), rec("90", "90", false, null, null));
        assertThat(r.value()).isEqualByComparingTo("4.00");
        assertThat(r.status()).isEqualTo(Status.GREEN);
    }

    @Test
    void lowerIsBetterColours() {
        // 5 of 100 = 5 % = target → green; 8 of 100 → amber; 9 of 100 → red
        assertThat(of(rec("100", null, false, null, "5")).status()).isEqualTo(Status.GREEN);
        assertThat(of(rec("100", null, false, null, "8")).status()).isEqualTo(Status.AMBER);
        assertThat(of(rec("100", null, false, null, "9")).status()).isEqualTo(Status.RED);
    }

    @Test
    void countedTypesAreAClientSetting() {
        // counting VACATION too: 8 + 8 of 16 → 100 %
        KpiResult r = Absenteeism.compute(List.of(rec("8", null, true, "VACATION", null),
                rec("8", null, true, "MEDICAL_LEAVE", null)), java.util.Set.of("VACATION", "MEDICAL_LEAVE"), T);
        assertThat(r.value()).isEqualByComparingTo("100.00");
        assertThat(r.confidence()).isEqualByComparingTo("1");
    }
}
