package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Trend direction by least squares over the calendar period index (Commons Math {@link SimpleRegression}):
 * improving / declining when the two-sided p &lt; 0.05 and |slope × (x_last − x_first)| ≥ 2 % of |mean|, the sign
 * read with the KPI's direction; otherwise stable; fewer than 7 points → insufficient_data. Slope 4 dp, p 6 dp.
 */
public record TrendAnalysis(TrendDirection direction, BigDecimal slope, BigDecimal pValue, BigDecimal fittedChange,
        int points) {

    public static final int MIN_POINTS = 7;
    private static final double SIGNIFICANCE = 0.05;
    private static final double MIN_CHANGE_OF_MEAN = 0.02;

    public static TrendAnalysis of(List<TrendPoint> series, Direction kpiDirection) {
        if (series.size() < MIN_POINTS) {
            return new TrendAnalysis(TrendDirection.INSUFFICIENT_DATA, null, null, null, series.size());
        }
        SimpleRegression regression = new SimpleRegression();
        double sum = 0;
        for (TrendPoint p : series) {
            regression.addData(p.index(), p.value().doubleValue());
            sum += p.value().doubleValue();
        }
        double mean = sum / series.size();
        double slope = regression.getSlope();
        double fitted = slope * (series.getLast().index() - series.getFirst().index());
        double p = regression.getSignificance();
        boolean constant = series.stream().allMatch(t -> t.value().compareTo(series.getFirst().value()) == 0);
        if (constant) {
            return new TrendAnalysis(TrendDirection.STABLE, Num.round(BigDecimal.ZERO, 4), null,
                    Num.round(BigDecimal.ZERO, 4), series.size());
        }
        TrendDirection direction = TrendDirection.STABLE;
        if (!Double.isNaN(p) && p < SIGNIFICANCE && Math.abs(fitted) >= MIN_CHANGE_OF_MEAN * Math.abs(mean)) {
            boolean up = fitted > 0;
            boolean better = up == (kpiDirection == Direction.HIGHER_IS_BETTER);
            direction = better ? TrendDirection.IMPROVING : TrendDirection.DECLINING;
        }
        return new TrendAnalysis(direction, Num.round(BigDecimal.valueOf(slope), 4),
                Double.isNaN(p) ? null : Num.round(BigDecimal.valueOf(p), 6),
                Num.round(BigDecimal.valueOf(fitted), 4), series.size());
    }
}
