package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** BigDecimal helpers: exact division at 34 digits inside, half-even rounding only at output. */
final class Num {

    static final MathContext MC = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Num() {}

    /** a ÷ b, or null when b is zero. */
    static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? null : a.divide(b, MC);
    }

    static BigDecimal times(BigDecimal a, BigDecimal factor) {
        return a == null ? null : a.multiply(factor, MC);
    }

    /** Output rounding, half-even; null stays null. */
    static BigDecimal round(BigDecimal v, int scale) {
        return v == null ? null : v.setScale(scale, RoundingMode.HALF_EVEN);
    }

    static BigDecimal of(long v) {
        return BigDecimal.valueOf(v);
    }

    static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
