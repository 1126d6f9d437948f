package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.inference.InferenceRules;
import io.kpiops.kpi.inference.Resolved;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnTimeDeliveryTest {

    private static final Thresholds T = Kpi.OTD.defaults();
    private static final LocalDate FROM = LocalDate.of(2026, 5, 1);
    private static final LocalDate TO = LocalDate.of(2026, 5, 31);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 20);

    private static LocalDate may(int day) {
        return LocalDate.of(2026, 5, day);
    }

    private static DeliveryOrder order(String ref, LocalDate promised, LocalDate delivered) {
        return new DeliveryOrder(ref, Resolved.given(promised), delivered, true, false, BigDecimal.TEN, BigDecimal.TEN);
    }

    @Test
    void noOrdersDueIsNoData() {
        OtdResult r = OnTimeDelivery.otd(List.of(), FROM, TO, AS_OF, T);
        assertThat(r.otd().value()).isNull();
        assertThat(r.otd().status()).isEqualTo(Status.NO_DATA);
        assertThat(r.skippedNoDate()).isZero();
    }

    @Test
    void dueOrdersCountOnTimeLateAndUndelivered() {
        // due (promised in May, ≤ 20 May): A on time (on the day), B late, C undelivered → late,
        // D delivered after the as-of date → not delivered → late; E promised 25 May → not due;
        // F promised in April → outside; G cancelled → not in OTD. 1 ÷ 4 = 25 % (red)
        OtdResult r = OnTimeDelivery.otd(List.of(
                order("A", may(10), may(10)),
                order("B", may(10), may(11)),
                order("C", may(12), null),
                order("D", may(15), may(21)),
                order("E", may(25), may(19)),
                order("F", LocalDate.of(2026, 4, 30), may(2)),
                new DeliveryOrder("G", Resolved.given(may(5)), null, false, true, BigDecimal.ONE, null)),
                FROM, TO, AS_OF, T);
        assertThat(r.otd().value()).isEqualByComparingTo("25.00");
        assertThat(r.otd().numerator()).isEqualByComparingTo("1");
        assertThat(r.otd().denominator()).isEqualByComparingTo("4");
        assertThat(r.otd().recordCount()).isEqualTo(4);
        assertThat(r.otd().status()).isEqualTo(Status.RED);
    }

    @Test
    void undatedOrdersAreSkippedAndCounted() {
        // no promised date: H delivered in the window → skipped; I undelivered → skipped; J delivered in April → not
        OtdResult r = OnTimeDelivery.otd(List.of(
                order("A", may(10), may(9)),
                new DeliveryOrder("H", Resolved.missing(), may(3), true, false, BigDecimal.ONE, BigDecimal.ONE),
                new DeliveryOrder("I", Resolved.missing(), null, false, false, BigDecimal.ONE, null),
                new DeliveryOrder("J", Resolved.missing(), LocalDate.of(2026, 4, 3), true, false, BigDecimal.ONE,
                        BigDecimal.ONE)), FROM, TO, AS_OF, T);
        assertThat(r.skippedNoDate()).isEqualTo(2);
        assertThat(r.otd().value()).isEqualByComparingTo("100.00");
        assertThat(r.otd().status()).isEqualTo(Status.GREEN);
    }

    @Test
    void inferredPromisedDatesWeighEachOrderOne() {
        // A promised by required date (0.8) on time; B by lead time (0.3) late → 50 %;
        // confidence (0.8 + 0.3) ÷ 2 = 0.55; inferred share 2 ÷ 2 = 1
        OtdResult r = OnTimeDelivery.otd(List.of(
                new DeliveryOrder("A", Resolved.inferred(may(10), InferenceRules.PROMISED_REQUIRED_DATE), may(8), true,
                        false, BigDecimal.ONE, BigDecimal.ONE),
                new DeliveryOrder("B", Resolved.inferred(may(11), InferenceRules.PROMISED_LEAD_TIME), may(12), true,
                        false, BigDecimal.ONE, BigDecimal.ONE)), FROM, TO, AS_OF, T);
        assertThat(r.otd().value()).isEqualByComparingTo("50.00");
        assertThat(r.otd().confidence()).isEqualByComparingTo("0.55");
        assertThat(r.otd().minConfidence()).isEqualByComparingTo("0.3");
        assertThat(r.otd().inferredShare()).isEqualByComparingTo("1");
        assertThat(r.otd().inferred()).extracting(InferredInput::rule)
                .containsExactly("planned_start_plus_lead_time", "required_date");
    }

    @Test
    void trueOtdAlsoNeedsCompleteDeliveryAndCompletedStatus() {
        // A full + completed; B partial (8 of 10); C complete quantity but still IN_PROGRESS; all on time
        // OTD 3 ÷ 3 = 100 %; TRUE-OTD 1 ÷ 3 = 33.33 %
        List<DeliveryOrder> orders = List.of(
                order("A", may(10), may(10)),
                new DeliveryOrder("B", Resolved.given(may(10)), may(9), true, false, BigDecimal.TEN, new BigDecimal("8")),
                new DeliveryOrder("C", Resolved.given(may(10)), may(9), false, false, BigDecimal.TEN, BigDecimal.TEN));
        assertThat(OnTimeDelivery.otd(orders, FROM, TO, AS_OF, T).otd().value()).isEqualByComparingTo("100.00");
        OtdResult tr = OnTimeDelivery.trueOtd(orders, FROM, TO, AS_OF, Kpi.TRUE_OTD.defaults());
        assertThat(tr.otd().kpi()).isEqualTo(Kpi.TRUE_OTD);
        assertThat(tr.otd().value()).isEqualByComparingTo("33.33");
        assertThat(tr.otd().status()).isEqualTo(Status.RED);
    }

    @Test
    void deliveryInstantsBecomePlantLocalDates() {
        // 2026-05-10T03:30Z is still 9 May in Mexico City (UTC−6): on time for a 9 May promise
        LocalDate local = DeliveryOrder.plantDate(java.time.Instant.parse("2026-05-10T03:30:00Z"),
                java.time.ZoneId.of("America/Mexico_City"));
        assertThat(local).isEqualTo(may(9));
        OtdResult r = OnTimeDelivery.otd(List.of(order("A", may(9), local)), FROM, TO, AS_OF, T);
        assertThat(r.otd().value()).isEqualByComparingTo("100.00");
        assertThat(DeliveryOrder.plantDate(null, java.time.ZoneOffset.UTC)).isNull();
    }

    @Test
    void boundsAreInclusive() {
        // 19 of 20 on time = 95 % = target → green; 18 of 20 = 90 % = warning → amber
        List<DeliveryOrder> twenty = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(order("O" + i, may(5), i < 19 ? may(5) : may(6)));
        }
        assertThat(OnTimeDelivery.otd(twenty, FROM, TO, AS_OF, T).otd().status()).isEqualTo(Status.GREEN);
        twenty.set(0, order("O0", may(5), null));
        assertThat(OnTimeDelivery.otd(twenty, FROM, TO, AS_OF, T).otd().status()).isEqualTo(Status.AMBER);
    }
}
