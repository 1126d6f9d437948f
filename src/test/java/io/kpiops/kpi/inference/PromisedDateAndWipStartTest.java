package io.kpiops.kpi.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PromisedDateAndWipStartTest {

    private static final ClientDefaults DEFAULTS = new ClientDefaults(new BigDecimal("8"), null, null, 14);
    private static final LocalDate THU = LocalDate.of(2026, 6, 4);

    @Test
    void plannedShipDateThenRequiredDate() {
        Resolved<LocalDate> ship = PromisedDate.resolve(THU, THU.plusDays(1), THU, null, null, DEFAULTS);
        assertThat(ship.value()).isEqualTo(THU);
        assertThat(ship.isInferred()).isFalse();
        Resolved<LocalDate> required = PromisedDate.resolve(null, THU.plusDays(1), THU, null, null, DEFAULTS);
        assertThat(required.value()).isEqualTo(THU.plusDays(1));
        assertThat(required.inference()).isEqualTo(InferenceRules.PROMISED_REQUIRED_DATE);
    }

    @Test
    void workContentCountsMondayToFridayFromTheDayAfterThePlannedStart() {
        // 100 units × 0.2 h = 20 h ÷ 8 h = 2.5 → ceil 3 working days after Thu 4 Jun: Fri 5, Mon 8, Tue 9
        Resolved<LocalDate> r = PromisedDate.resolve(null, null, THU, new BigDecimal("100"), new BigDecimal("0.2"),
                DEFAULTS);
        assertThat(r.value()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(r.inference().rule()).isEqualTo("planned_start_plus_work_content");
        assertThat(r.confidence()).isEqualByComparingTo("0.5");
        // Friday + 1 working day → Monday
        assertThat(WorkingDays.add(LocalDate.of(2026, 6, 5), 1)).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(WorkingDays.add(THU, 0)).isEqualTo(THU);
    }

    @Test
    void withoutAStandardCycleTimeTheLeadTimeRuleCountsCalendarDays() {
        // inferred ICT is passed as null → Thu 4 Jun + 14 calendar days = Thu 18 Jun (0.3)
        Resolved<LocalDate> r = PromisedDate.resolve(null, null, THU, new BigDecimal("100"), null, DEFAULTS);
        assertThat(r.value()).isEqualTo(LocalDate.of(2026, 6, 18));
        assertThat(r.inference().rule()).isEqualTo("planned_start_plus_lead_time");
        assertThat(r.confidence()).isEqualByComparingTo("0.3");
    }

    @Test
    void noInferableDate() {
        assertThat(PromisedDate.resolve(null, null, null, null, null, DEFAULTS).present()).isFalse();
        assertThat(PromisedDate.resolve(null, null, THU, null, null, ClientDefaults.none()).present()).isFalse();
    }

    @Test
    void wipStartChain() {
        LocalDate a = LocalDate.of(2026, 1, 1);
        LocalDate b = a.plusDays(1);
        LocalDate c = a.plusDays(2);
        LocalDate d = a.plusDays(3);
        assertThat(WipStart.resolve(a, b, c, d).isInferred()).isFalse();
        Resolved<LocalDate> first = WipStart.resolve(null, b, c, d);
        assertThat(first.value()).isEqualTo(b);
        assertThat(first.inference()).isEqualTo(new Inference("wip_start", "first_production_day", new BigDecimal("0.8")));
        Resolved<LocalDate> planned = WipStart.resolve(null, null, c, d);
        assertThat(planned.value()).isEqualTo(c);
        assertThat(planned.confidence()).isEqualByComparingTo("0.5");
        Resolved<LocalDate> created = WipStart.resolve(null, null, null, d);
        assertThat(created.value()).isEqualTo(d);
        assertThat(created.inference().rule()).isEqualTo("created_date");
        assertThat(created.confidence()).isEqualByComparingTo("0.3");
    }
}
