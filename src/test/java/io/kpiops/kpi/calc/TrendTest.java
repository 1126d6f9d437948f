package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TrendTest {

    private static final LocalDate START = LocalDate.of(2026, 6, 1); // a Monday

    private static List<TrendPoint> daily(double... values) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            LocalDate d = START.plusDays(i);
            points.add(new TrendPoint(d, Granularity.DAY.index(d), BigDecimal.valueOf(values[i])));
        }
        return points;
    }

    @Test
    void fewerThanSevenPointsIsInsufficient() {
        TrendAnalysis t = TrendAnalysis.of(daily(1, 2, 3, 4, 5, 6), Direction.HIGHER_IS_BETTER);
        assertThat(t.direction()).isEqualTo(TrendDirection.INSUFFICIENT_DATA);
        assertThat(t.direction().code()).isEqualTo("insufficient_data");
    }

    @Test
    void aConstantSeriesIsStable() {
        TrendAnalysis t = TrendAnalysis.of(daily(80, 80, 80, 80, 80, 80, 80, 80), Direction.HIGHER_IS_BETTER);
        assertThat(t.direction()).isEqualTo(TrendDirection.STABLE);
        assertThat(t.slope()).isEqualByComparingTo("0");
    }

    @Test
    void aNoisyFlatSeriesIsStable() {
        // alternating 79/81 around 80: least-squares slope ≈ 0, not significant
        TrendAnalysis t = TrendAnalysis.of(daily(79, 81, 79, 81, 79, 81, 79, 81, 79, 81), Direction.HIGHER_IS_BETTER);
        assertThat(t.direction()).isEqualTo(TrendDirection.STABLE);
        assertThat(t.pValue()).isGreaterThan(new BigDecimal("0.05"));
    }

    @Test
    void aClearlyRisingSeriesImprovesOrDeclinesWithTheKpiDirection() {
        // 70, 72, …, 82: slope 2 per day exactly, fitted change 2 × 6 = 12 ≥ 2 % of the mean 76; p ≈ 0
        List<TrendPoint> rising = daily(70, 72, 74, 76, 78, 80, 82);
        TrendAnalysis up = TrendAnalysis.of(rising, Direction.HIGHER_IS_BETTER);
        assertThat(up.direction()).isEqualTo(TrendDirection.IMPROVING);
        assertThat(up.slope()).isEqualByComparingTo("2.0000");
        assertThat(up.fittedChange()).isEqualByComparingTo("12.0000");
        assertThat(up.pValue()).isLessThan(new BigDecimal("0.05"));
        assertThat(TrendAnalysis.of(rising, Direction.LOWER_IS_BETTER).direction()).isEqualTo(TrendDirection.DECLINING);
    }

    @Test
    void aSignificantButTinyChangeIsStable() {
        // 1000.0, 1000.1, …: perfectly linear (p = 0) but change 0.6 < 2 % of 1000.3 = 20
        TrendAnalysis t = TrendAnalysis.of(daily(1000, 1000.1, 1000.2, 1000.3, 1000.4, 1000.5, 1000.6),
                Direction.HIGHER_IS_BETTER);
        assertThat(t.direction()).isEqualTo(TrendDirection.STABLE);
    }

    @Test
    void oeeTrendsPoolProductionTotalsPerPeriod() {
        // day 1: 8 h shift, A 8/8, P 0.1 × 40 ÷ 8 = 0.5, Q 1 → 50 %; day 2: 2 h shift, A 2/2, P 0.1 × 20 ÷ 2 = 1 → 100 %
        // month pools the totals: A 10/10, P (4 + 2) ÷ 10 = 0.6, Q 1 → 60 % (the mean of the days would be 75 %)
        Map<LocalDate, ProductionTotals> byDay = new TreeMap<>();
        byDay.put(START, ProductionTotals.of(ProductionFixture.entry("WO-1", "P-1").made("0.1", 40, 0).resolve()));
        byDay.put(START.plusDays(1), ProductionTotals.of(
                ProductionFixture.entry("WO-2", "P-1").shift("2").run("2").made("0.1", 20, 0).resolve()));
        List<TrendPoint> days = TrendSeries.of(byDay, Granularity.DAY, ProductionTotals::plus, ProductionKpis::oeePercent);
        assertThat(days).extracting(TrendPoint::roundedValue)
                .containsExactly(new BigDecimal("50.00"), new BigDecimal("100.00"));
        List<TrendPoint> month = TrendSeries.of(byDay, Granularity.MONTH, ProductionTotals::plus,
                ProductionKpis::oeePercent);
        assertThat(month).singleElement().extracting(TrendPoint::roundedValue).isEqualTo(new BigDecimal("60.00"));
    }

    @Test
    void weeklySeriesArePooledAndGapsKeepTheirSpacing() {
        // Mon 1 June: 8 of 10 and Sun 7 June: 1 of 10 → week of 1 June: 9 ÷ 20 = 45 %;
        // week of 8 June empty (gap); Wed 17 June: 3 of 4 → week of 15 June 75 %, index two weeks later
        Map<LocalDate, Tally> byDay = new TreeMap<>();
        byDay.put(START, Tally.exact(BigDecimal.valueOf(8), BigDecimal.TEN));
        byDay.put(START.plusDays(6), Tally.exact(BigDecimal.ONE, BigDecimal.TEN));
        byDay.put(START.plusDays(16), Tally.exact(BigDecimal.valueOf(3), BigDecimal.valueOf(4)));
        byDay.put(START.plusDays(10), Tally.exact(BigDecimal.ZERO, BigDecimal.ZERO)); // no denominator → gap
        List<TrendPoint> weeks = TrendSeries.percent(byDay, Granularity.WEEK);
        assertThat(weeks).extracting(TrendPoint::period).containsExactly(START, START.plusDays(14));
        assertThat(weeks.get(0).value()).isEqualByComparingTo("45");
        assertThat(weeks.get(1).index() - weeks.get(0).index()).isEqualTo(2);
        List<TrendPoint> months = TrendSeries.percent(byDay, Granularity.MONTH);
        // June: 12 ÷ 24 = 50 %
        assertThat(months).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo(START);
            assertThat(p.roundedValue()).isEqualByComparingTo("50.00");
        });
        assertThat(Granularity.WEEK.periodOf(LocalDate.of(2026, 6, 7))).isEqualTo(START);
        assertThat(Granularity.MONTH.index(LocalDate.of(2026, 7, 1)) - Granularity.MONTH.index(START)).isEqualTo(1);
    }
}
