package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Short-term sigma level Φ⁻¹(1 − DPMO/10⁶) + 1.5 from the unrounded DPMO, 2 dp. DPMO = 0 gives 6.0 shown as "≥ 6";
 * DPMO ≥ 10⁶ has no finite level (value null).
 */
public record SigmaLevel(BigDecimal value, boolean atLeastSix) {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    public static SigmaLevel of(BigDecimal dpmo) {
        if (dpmo == null) {
            return new SigmaLevel(null, false);
        }
        if (dpmo.signum() == 0) {
            return new SigmaLevel(new BigDecimal("6.00"), true);
        }
        double p = 1 - dpmo.divide(Num.MILLION, Num.MC).doubleValue();
        if (p <= 0) {
            return new SigmaLevel(null, false);
        }
        double z = STANDARD_NORMAL.inverseCumulativeProbability(p) + 1.5;
        return new SigmaLevel(Num.round(BigDecimal.valueOf(z), 2), false);
    }

    /** "≥ 6" for DPMO 0, else the 2-dp number. */
    public String display() {
        return atLeastSix ? "≥ 6" : value == null ? null : value.toPlainString();
    }
}
