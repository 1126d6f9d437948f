package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One period of a trend series: its label, calendar index and the unrounded pooled KPI value. */
public record TrendPoint(LocalDate period, long index, BigDecimal value) {

    /** The value rounded for output (2 dp). */
    public BigDecimal roundedValue() {
        return Num.round(value, 2);
    }
}
