package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.inference.Resolved;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrueOtdTest {

    private static final Thresholds T = Kpi.TRUE_OTD.defaults();
    private static final LocalDate FROM = LocalDate.of(2026, 5, 1);
    private static final LocalDate TO = LocalDate.of(2026, 5, 31);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 20);

    private static LocalDate may(int day) {
        return LocalDate.of(2026, 5, day);
    }

    private static DeliveryOrder order(String ref, LocalDate delivered, boolean completed, String planned,
            String deliveredQty) {
        return new DeliveryOrder(ref, Resolved.given(may(10)), delivered, completed, false, new BigDecimal(planned),
                deliveredQty == null ? null : new BigDecimal(deliveredQty));
    }

    private static OtdResult of(DeliveryOrder... orders) {
        return OnTimeDelivery.trueOtd(List.of(orders), FROM, TO, AS_OF, T);
    }

    @Test
    void noOrdersDueIsNoData() {
        OtdResult r = of();
        assertThat(r.otd().value()).isNull();
        assertThat(r.otd().status()).isEqualTo(Status.NO_DATA);
        assertThat(r.otd().kpi()).isEqualTo(Kpi.TRUE_OTD);
    }

    @Test
    void onTimeInFullAndCompleted() {
        // delivered 10 of 10 on the promised day, COMPLETED → 1 ÷ 1 = 100 %
        assertThat(of(order("A", may(10), true, "10", "10")).otd().value()).isEqualByComparingTo("100.00");
    }

    @Test
    void aPartialDeliveryIsNotInFull() {
        // A in full; B 9 of 10 → 1 ÷ 2 = 50 % (red)
        OtdResult r = of(order("A", may(9), true, "10", "10"), order("B", may(9), true, "10", "9"));
        assertThat(r.otd().value()).isEqualByComparingTo("50.00");
        assertThat(r.otd().status()).isEqualTo(Status.RED);
    }

    @Test
    void anOrderNotCompletedIsNotInFullEvenWithAllUnitsDelivered() {
        // quantities complete but status still open → 0 ÷ 1 = 0 %
        assertThat(of(order("A", may(9), false, "10", "10")).otd().value()).isEqualByComparingTo("0.00");
    }

    @Test
    void overDeliveryCountsAsInFullButLatenessStillFails() {
        // A 12 of 10 on time → in full; B full but a day late; C undelivered → 1 ÷ 3 = 33.33 %
        OtdResult r = of(order("A", may(10), true, "10", "12"), order("B", may(11), true, "10", "10"),
                order("C", null, false, "10", null));
        assertThat(r.otd().value()).isEqualByComparingTo("33.33");
        assertThat(r.otd().denominator()).isEqualByComparingTo("3");
    }

    @Test
    void boundsAreInclusive() {
        // 9 of 10 in full = 90 % = warning → amber; 19 of 20 = 95 % = target → green
        List<DeliveryOrder> orders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            orders.add(order("O" + i, may(10), true, "10", i == 0 ? "5" : "10"));
        }
        assertThat(OnTimeDelivery.trueOtd(orders, FROM, TO, AS_OF, T).otd().status()).isEqualTo(Status.AMBER);
        for (int i = 10; i < 20; i++) {
            orders.add(order("O" + i, may(10), true, "10", "10"));
        }
        assertThat(OnTimeDelivery.trueOtd(orders, FROM, TO, AS_OF, T).otd().status()).isEqualTo(Status.GREEN);
    }
}
