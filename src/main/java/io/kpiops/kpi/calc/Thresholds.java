package io.kpiops.kpi.calc;

import java.math.BigDecimal;

/**
 * Target, warning and critical levels of one KPI. Colours use target and warning only, bounds inclusive
 * (= target → green, = warning → amber); critical is for alerts.
 */
public record Thresholds(BigDecimal target, BigDecimal warning, BigDecimal critical, Direction direction) {

    public static Thresholds of(String target, String warning, String critical, Direction direction) {
        return new Thresholds(new BigDecimal(target), new BigDecimal(warning), new BigDecimal(critical), direction);
    }

    /** The colour of an unrounded value; null → no_data. */
    public Status statusOf(BigDecimal value) {
        if (value == null) {
            return Status.NO_DATA;
        }
        int sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
        if (sign * value.compareTo(target) >= 0) {
            return Status.GREEN;
        }
        if (sign * value.compareTo(warning) >= 0) {
            return Status.AMBER;
        }
        return Status.RED;
    }
}
