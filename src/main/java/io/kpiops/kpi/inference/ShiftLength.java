package io.kpiops.kpi.inference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalTime;

/** Shift length chain: the shift definition (1.0) → the client default shift length, which has no breaks (0.5). */
public final class ShiftLength {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private ShiftLength() {}

    /** end − start (+ 24 h when end ≤ start, so a night shift crosses midnight) − breaks, in hours. */
    public static BigDecimal ofDefinition(LocalTime start, LocalTime end, BigDecimal breakHours) {
        long minutes = Duration.between(start, end).toMinutes();
        if (!end.isAfter(start)) {
            minutes += 24 * 60;
        }
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, MathContext.DECIMAL128);
        return breakHours == null ? hours : hours.subtract(breakHours);
    }

    /** @param definitionHours the shift definition's length (see {@link #ofDefinition}), null without a shift */
    public static Resolved<BigDecimal> resolve(BigDecimal definitionHours, ClientDefaults defaults) {
        if (definitionHours != null) {
            return Resolved.given(definitionHours);
        }
        if (defaults.shiftHours() != null) {
            return Resolved.inferred(defaults.shiftHours(), InferenceRules.SHIFT_LENGTH_CLIENT_DEFAULT);
        }
        return Resolved.missing();
    }
}
