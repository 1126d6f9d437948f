package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.inference.InferenceRules;
import io.kpiops.kpi.inference.Resolved;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WipAgingTest {

    private static final Thresholds T = Kpi.WIP_AGING.defaults();
    private static final LocalDate D = LocalDate.of(2026, 6, 30);

    private static WipOrder open(String ref, int startedDaysAgo, WipOrder.Hold... holds) {
        return new WipOrder(ref, false, null, Resolved.given(D.minusDays(startedDaysAgo)), List.of(holds));
    }

    private static WipOrder.Hold hold(int heldDaysAgo, Integer resumedDaysAgo) {
        return new WipOrder.Hold(D.minusDays(heldDaysAgo), resumedDaysAgo == null ? null : D.minusDays(resumedDaysAgo));
    }

    @Test
    void noOpenOrdersIsNullWithEmptyBuckets() {
        WipAgingResult r = WipAging.compute(List.of(new WipOrder("X", true, null, Resolved.given(D), List.of())), D,
                WipAging.DEFAULT_EDGES, T);
        assertThat(r.averageAge().value()).isNull();
        assertThat(r.averageAge().status()).isEqualTo(Status.NO_DATA);
        assertThat(r.buckets()).extracting(WipAgingResult.Bucket::count).containsExactly(0L, 0L, 0L, 0L);
        assertThat(r.oldest()).isEmpty();
    }

    @Test
    void overlappingHoldsAreCountedOnce() {
        // started 40 days ago; hold 30→20 days ago (10 days) overlapping hold 25→15 (adds 5) and an open hold since
        // 5 days ago (5) → 20 hold days; age 40 − 20 = 20
        WipAgingResult r = WipAging.compute(List.of(open("WO-1", 40, hold(30, 20), hold(25, 15), hold(5, null))), D,
                WipAging.DEFAULT_EDGES, T);
        assertThat(r.oldest()).singleElement().satisfies(a -> {
            assertThat(a.holdDays()).isEqualTo(20);
            assertThat(a.ageDays()).isEqualTo(20);
        });
        assertThat(r.averageAge().value()).isEqualByComparingTo("20.00");
        assertThat(r.averageAge().status()).isEqualTo(Status.RED);
    }

    @Test
    void bucketsHaveInclusiveUpperEdges() {
        // ages 0, 7, 8, 14, 15, 30, 31 → 0–7: 2, 8–14: 2, 15–30: 2, > 30: 1; average 105 ÷ 7 = 15
        List<WipOrder> orders = new ArrayList<>();
        for (int age : new int[] {0, 7, 8, 14, 15, 30, 31}) {
            orders.add(open("WO-" + age, age));
        }
        WipAgingResult r = WipAging.compute(orders, D, WipAging.DEFAULT_EDGES, T);
        assertThat(r.buckets()).extracting(WipAgingResult.Bucket::count).containsExactly(2L, 2L, 2L, 1L);
        assertThat(r.buckets().get(1).fromDays()).isEqualTo(8);
        assertThat(r.buckets().get(3).toDays()).isNull();
        assertThat(r.averageAge().value()).isEqualByComparingTo("15.00");
        assertThat(r.oldest()).extracting(WipAgingResult.OrderAge::ref)
                .containsExactly("WO-31", "WO-30", "WO-15", "WO-14", "WO-8");
    }

    @Test
    void onlyOrdersOpenAtTheAsOfDateAge() {
        // closed, delivered on D, not started yet → out; delivered after D → still open (age 3)
        WipAgingResult r = WipAging.compute(List.of(
                new WipOrder("C", true, null, Resolved.given(D.minusDays(9)), List.of()),
                new WipOrder("DL", false, D, Resolved.given(D.minusDays(9)), List.of()),
                new WipOrder("F", false, null, Resolved.given(D.plusDays(1)), List.of()),
                new WipOrder("L", false, D.plusDays(2), Resolved.given(D.minusDays(3)), List.of())), D,
                WipAging.DEFAULT_EDGES, T);
        assertThat(r.averageAge().recordCount()).isEqualTo(1);
        assertThat(r.averageAge().value()).isEqualByComparingTo("3.00");
        assertThat(r.averageAge().status()).isEqualTo(Status.GREEN);
    }

    @Test
    void inferredStartsCarryConfidenceAndEachOrderWeighsOne() {
        // A actual start 10 days ago (1.0); B planned start 4 days ago (0.5) → ages 10, 4; average 7 = target → green
        // confidence (1 + 0.5) ÷ 2 = 0.75; inferred share: 1 of 2 orders = 0.5
        WipAgingResult r = WipAging.compute(List.of(open("A", 10),
                new WipOrder("B", false, null, Resolved.inferred(D.minusDays(4), InferenceRules.WIP_START_PLANNED_START),
                        List.of())), D, WipAging.DEFAULT_EDGES, T);
        assertThat(r.averageAge().value()).isEqualByComparingTo("7.00");
        assertThat(r.averageAge().status()).isEqualTo(Status.GREEN);
        assertThat(r.averageAge().confidence()).isEqualByComparingTo("0.75");
        assertThat(r.averageAge().inferredShare()).isEqualByComparingTo("0.5");
        assertThat(r.oldest().get(1).startRule()).isEqualTo("planned_start");
    }

    @Test
    void clientBucketEdgesAndHoldsBeforeTheStart() {
        // edges 3, 10: ages 3 → 0–3, 4 → 4–10, 11 → > 10; a hold 20→12 days ago on an order started 15 days ago
        // counts only from its start: 15 − 12 = 3 hold days → age 15 − 3 = 12 (> 10)
        WipAgingResult r = WipAging.compute(List.of(open("A", 3), open("B", 4), open("C", 11),
                open("D", 15, hold(20, 12))), D, List.of(3, 10), T);
        assertThat(r.buckets()).extracting(WipAgingResult.Bucket::count).containsExactly(1L, 1L, 2L);
        assertThat(r.oldest().getFirst().ref()).isEqualTo("D");
        assertThat(r.oldest().getFirst().ageDays()).isEqualTo(12);
    }
}
