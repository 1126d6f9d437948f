package io.kpiops.kpi.calc;

import static io.kpiops.kpi.calc.ProductionFixture.bd;
import static io.kpiops.kpi.calc.ProductionFixture.entry;
import static io.kpiops.kpi.calc.ProductionFixture.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MTBF, MTTR, Paretos, throughput and the six big losses. */
class DerivedMeasuresTest {

    @Test
    void mtbfAndMttrFromUnplannedDowntime() {
        // 45 h run, 3 unplanned stops totalling 2.5 h → MTBF 15 h, MTTR 0.8333 → 0.83 h
        LineReliability r = LineReliability.of("L-1", bd("45"), 3, bd("2.5"));
        assertThat(r.mtbfHours()).isEqualByComparingTo("15.00");
        assertThat(r.mttrHours()).isEqualByComparingTo("0.83");
        LineReliability none = LineReliability.of("L-2", bd("45"), 0, BigDecimal.ZERO);
        assertThat(none.mtbfHours()).isNull();
        assertThat(none.mttrHours()).isNull();
    }

    @Test
    void paretoSortsLargestFirstWithCumulativeShares() {
        // 6 + 3 + 1 = 10 h: breakdown 60 %, setup 30 % (cum 90), material and a tie broken by name
        Map<String, BigDecimal> hours = new LinkedHashMap<>();
        hours.put("material", bd("0.5"));
        hours.put("setup", bd("3"));
        hours.put("breakdown", bd("6"));
        hours.put("jam", bd("0.5"));
        List<Pareto.Bar> bars = Pareto.of(hours);
        assertThat(bars).extracting(Pareto.Bar::category).containsExactly("breakdown", "setup", "jam", "material");
        assertThat(bars.get(0).sharePercent()).isEqualByComparingTo("60.00");
        assertThat(bars.get(1).cumulativePercent()).isEqualByComparingTo("90.00");
        assertThat(bars.get(2).cumulativePercent()).isEqualByComparingTo("95.00");
        assertThat(bars.get(3).cumulativePercent()).isEqualByComparingTo("100.00");
        assertThat(Pareto.of(Map.of())).isEmpty();
    }

    @Test
    void throughputIsUnitsPerRunHourPooled() {
        // 100 units in 8 h and 20 in 2 h → 120 ÷ 10 = 12 units/h (average of ratios would be 11.25)
        KpiResult r = ProductionKpis.throughput(scope(
                entry("WO-1", "P-1").run("8").made("0.05", 100, 0),
                entry("WO-2", "P-1").shift("2").run("2").made("0.05", 20, 0)));
        assertThat(r.value()).isEqualByComparingTo("12.00");
        assertThat(r.unit()).isEqualTo("units/h");
        assertThat(ProductionKpis.throughput(scope()).value()).isNull();
    }

    @Test
    void sixBigLossesInHours() {
        // entry 1: 1 h breakdown, 0.5 setup, 0.25 small stops, APT 6, ICT 0.05 × 100 = 5 earned,
        // 2 startup + 4 production rejects × 0.05 = 0.1 and 0.2 h; entry 2: APT 2, 0.05 × 30 = 1.5 earned
        // reduced speed = (6 + 2) − (5 + 1.5) = 1.5 h
        SixBigLosses l = SixBigLosses.ofEntry(bd("1"), bd("0.5"), bd("0.25"), bd("6"), bd("0.05"), 100, 2, 4)
                .plus(SixBigLosses.ofEntry(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, bd("2"), bd("0.05"), 30, 0, 0));
        assertThat(l.reducedSpeedHours()).isEqualByComparingTo("1.5");
        assertThat(l.roundedHours()).containsExactly(bd("1.00"), bd("0.50"), bd("0.25"), bd("1.50"), bd("0.10"),
                bd("0.20"));
    }

    @Test
    void tallyAcceptsPreSummedGroups() {
        // two SQL groups (2 of 1 000 and 0 of 9 000) pool like the records: 2 ÷ 10 000
        Tally t = Tally.exactSums(bd("2"), bd("1000"), 3).plus(Tally.exactSums(BigDecimal.ZERO, bd("9000"), 4));
        KpiResult r = KpiResult.ratio(Kpi.PPM, t, new BigDecimal("1000000"), Kpi.PPM.defaults(), List.of());
        assertThat(r.value()).isEqualByComparingTo("200.00");
        assertThat(r.recordCount()).isEqualTo(7);
        assertThat(r.confidence()).isEqualByComparingTo("1");
    }

    @Test
    void thresholdsReadTheDirection() {
        Thresholds higher = Kpi.OEE.defaults();
        assertThat(higher.statusOf(bd("85"))).isEqualTo(Status.GREEN);
        assertThat(higher.statusOf(bd("84.999"))).isEqualTo(Status.AMBER);
        assertThat(higher.statusOf(bd("75"))).isEqualTo(Status.AMBER);
        assertThat(higher.statusOf(bd("74.99"))).isEqualTo(Status.RED);
        Thresholds lower = Kpi.WIP_AGING.defaults();
        assertThat(lower.statusOf(bd("7"))).isEqualTo(Status.GREEN);
        assertThat(lower.statusOf(bd("14"))).isEqualTo(Status.AMBER);
        assertThat(lower.statusOf(bd("14.01"))).isEqualTo(Status.RED);
        assertThat(lower.statusOf(null)).isEqualTo(Status.NO_DATA);
    }
}
