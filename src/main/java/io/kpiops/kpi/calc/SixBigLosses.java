package io.kpiops.kpi.calc;

import java.math.BigDecimal;

/**
 * The six big losses in hours: breakdowns, setup, small stops (downtime hours by category), reduced speed
 * (APT − ICT×PQ), startup rejects and production rejects (ICT × rejected units). The sums add up across entries.
 */
public record SixBigLosses(BigDecimal breakdownHours, BigDecimal setupHours, BigDecimal smallStopHours,
        BigDecimal runTimeHours, BigDecimal earnedHours, BigDecimal startupRejectHours,
        BigDecimal productionRejectHours) {

    public static final SixBigLosses NONE = new SixBigLosses(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** One entry: its downtime by category, APT, ICT, units produced and rejects split by startup / production. */
    public static SixBigLosses ofEntry(BigDecimal breakdownHours, BigDecimal setupHours, BigDecimal smallStopHours,
            BigDecimal runTimeHours, BigDecimal cycleTimeHours, long unitsProduced, long startupRejects,
            long productionRejects) {
        return new SixBigLosses(breakdownHours, setupHours, smallStopHours, runTimeHours,
                cycleTimeHours.multiply(BigDecimal.valueOf(unitsProduced)),
                cycleTimeHours.multiply(BigDecimal.valueOf(startupRejects)),
                cycleTimeHours.multiply(BigDecimal.valueOf(productionRejects)));
    }

    public SixBigLosses plus(SixBigLosses o) {
        return new SixBigLosses(breakdownHours.add(o.breakdownHours), setupHours.add(o.setupHours),
                smallStopHours.add(o.smallStopHours), runTimeHours.add(o.runTimeHours), earnedHours.add(o.earnedHours),
                startupRejectHours.add(o.startupRejectHours), productionRejectHours.add(o.productionRejectHours));
    }

    /** APT − ICT×PQ, unrounded (negative when the line beat its ideal cycle time). */
    public BigDecimal reducedSpeedHours() {
        return runTimeHours.subtract(earnedHours);
    }

    /** The six losses rounded to 2 dp, in the order breakdowns, setup, small stops, reduced speed, startup, production. */
    public java.util.List<BigDecimal> roundedHours() {
        return java.util.List.of(Num.round(breakdownHours, 2), Num.round(setupHours, 2), Num.round(smallStopHours, 2),
                Num.round(reducedSpeedHours(), 2), Num.round(startupRejectHours, 2), Num.round(productionRejectHours, 2));
    }
}
