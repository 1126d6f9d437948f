package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A Holt forecast: the model ("holt" or "holt_damped"), α and β (4 dp), φ (null undamped), the in-sample MAPE in %
 * (2 dp; null when every actual was 0) and the forecast points; {@code insufficientData} with fewer than 7 points
 * (then no model and no points).
 */
public record Forecast(boolean insufficientData, String model, BigDecimal alpha, BigDecimal beta, BigDecimal phi,
        BigDecimal mape, BigDecimal sigma, List<Point> points) {

    /** One forecast period: value and its 80 % and 95 % prediction intervals, 2 dp. */
    public record Point(LocalDate period, int step, BigDecimal value, BigDecimal lower80, BigDecimal upper80,
            BigDecimal lower95, BigDecimal upper95) {}

    static Forecast insufficient() {
        return new Forecast(true, null, null, null, null, null, null, List.of());
    }
}
