package io.kpiops.dashboards.tv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The units a line should have made so far in a shift run (docs/adr/0013-display-tokens.md): the shift's scheduled
 * (working) minutes at the ideal cycle time give the whole shift's target, and the target so far is that share of it
 * which the elapsed part of the shift represents (breaks spread evenly over the shift). Whole units, rounded down.
 */
final class UnitTarget {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private UnitTarget() {}

    /** The whole shift's target; null without a positive ideal cycle time (hours per unit). */
    static Long shift(int scheduledMinutes, BigDecimal idealCycleTimeHours) {
        if (idealCycleTimeHours == null || idealCycleTimeHours.signum() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(scheduledMinutes).divide(idealCycleTimeHours.multiply(SIXTY), MathContext.DECIMAL128)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** The target after {@code elapsed} of {@code duration} minutes; null when the shift's target is unknown. */
    static Long soFar(int scheduledMinutes, BigDecimal idealCycleTimeHours, int elapsed, int duration) {
        Long whole = shift(scheduledMinutes, idealCycleTimeHours);
        if (whole == null || duration <= 0) {
            return whole;
        }
        int passed = Math.max(0, Math.min(elapsed, duration));
        return BigDecimal.valueOf(scheduledMinutes).multiply(BigDecimal.valueOf(passed))
                .divide(BigDecimal.valueOf(duration).multiply(idealCycleTimeHours).multiply(SIXTY), MathContext.DECIMAL128)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
