package io.kpiops.kpi.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoltForecastTest {

    private static final LocalDate START = LocalDate.of(2026, 6, 1);

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
        Forecast f = HoltForecast.forecast(daily(1, 2, 3, 4, 5, 6), Granularity.DAY, 3, null);
        assertThat(f.insufficientData()).isTrue();
        assertThat(f.points()).isEmpty();
    }

    @Test
    void horizonIsOneToThirty() {
        assertThatThrownBy(() -> HoltForecast.forecast(daily(1, 2, 3, 4, 5, 6, 7), Granularity.DAY, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HoltForecast.forecast(daily(1, 2, 3, 4, 5, 6, 7), Granularity.DAY, 31, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConstantSeriesGivesAFlatForecastWithZeroWidth() {
        Forecast f = HoltForecast.forecast(daily(80, 80, 80, 80, 80, 80, 80, 80), Granularity.DAY, 5, null);
        assertThat(f.model()).isEqualTo("holt");
        assertThat(f.points()).hasSize(5).allSatisfy(p -> {
            assertThat(p.value()).isEqualByComparingTo("80.00");
            assertThat(p.lower95()).isEqualByComparingTo("80.00");
            assertThat(p.upper95()).isEqualByComparingTo("80.00");
        });
        assertThat(f.mape()).isEqualByComparingTo("0.00");
        // forecast periods follow the last history point (8 June)
        assertThat(f.points().getFirst().period()).isEqualTo(LocalDate.of(2026, 6, 9));
    }

    @Test
    void aLinearSeriesContinuesExactly() {
        // 10, 12, …, 24 (slope 2): level₀ 10, trend₀ 2, every one-step error 0 → 26, 28, 30 with zero width
        Forecast f = HoltForecast.forecast(daily(10, 12, 14, 16, 18, 20, 22, 24), Granularity.DAY, 3, null);
        assertThat(f.points()).extracting(Forecast.Point::value)
                .containsExactly(new BigDecimal("26.00"), new BigDecimal("28.00"), new BigDecimal("30.00"));
        assertThat(f.points().get(2).upper80()).isEqualByComparingTo("30.00");
        assertThat(f.sigma()).isEqualByComparingTo("0");
    }

    @Test
    void aNoisySeriesFitsAlphaBetaInsideTheUnitSquareWithWideningIntervals() {
        Forecast f = HoltForecast.forecast(daily(50, 53, 49, 55, 52, 58, 54, 60, 57, 61), Granularity.WEEK, 4, null);
        assertThat(f.alpha()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(f.beta()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(f.sigma()).isPositive();
        List<Forecast.Point> p = f.points();
        for (int h = 1; h < p.size(); h++) {
            BigDecimal widthBefore = p.get(h - 1).upper95().subtract(p.get(h - 1).lower95());
            BigDecimal width = p.get(h).upper95().subtract(p.get(h).lower95());
            assertThat(width).isGreaterThanOrEqualTo(widthBefore);
        }
        // the 95 % interval is wider than the 80 % one: z 1.96 vs 1.2816
        assertThat(p.getFirst().upper95()).isGreaterThan(p.getFirst().upper80());
        assertThat(p.getFirst().period()).isEqualTo(START.plusDays(9).plusWeeks(1));
        assertThat(f.mape()).isPositive();
    }

    @Test
    void theFittedParametersMinimiseTheSumOfSquaredErrors() {
        double[] y = {50, 53, 49, 55, 52, 58, 54, 60, 57, 61};
        double[] ab = HoltForecast.fit(y, 1);
        double best = new HoltModel(y, ab[0], ab[1], 1).sse();
        // no point of a fine 0.01 grid does better (allowing for optimiser tolerance)
        for (int i = 0; i <= 100; i++) {
            for (int k = 0; k <= 100; k++) {
                assertThat(best).isLessThanOrEqualTo(new HoltModel(y, i / 100.0, k / 100.0, 1).sse() + 1e-6);
            }
        }
    }

    @Test
    void dampingIsOptionalAndNamed() {
        // φ = 0.5 on 10, 12, …, 24: the trend fades, so the forecast rises by less than 2 per step
        Forecast f = HoltForecast.forecast(daily(10, 12, 14, 16, 18, 20, 22, 24), Granularity.DAY, 3, 0.5);
        assertThat(f.model()).isEqualTo("holt_damped");
        assertThat(f.phi()).isEqualByComparingTo("0.5");
        assertThat(f.points().get(2).value()).isLessThan(new BigDecimal("30.00"));
    }
}
