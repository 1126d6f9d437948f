package io.kpiops.demo;

import io.kpiops.demo.DemoDowntime.Losses;
import io.kpiops.demo.DemoShiftPlan.Plan;
import io.kpiops.demo.DemoShiftPlan.Slot;
import io.kpiops.production.ProductionSetup.ProductionSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What each slot of a shift plan produced (KPI.md §2): run time = scheduled time − the slot's downtime; units =
 * performance × run time ÷ ideal cycle time; defects from the quality rate, some reworked and some scrapped. The
 * performance differs by line (line 3 is the weak one, and worse in its troubled week), shift (nights a little lower)
 * and product, the plant slowly improves over the window and line 2 faster; the quality rate dips for one product for a week (a bad
 * material lot). Crews of 4 to 8. A few entries leave out the run time or the crew for the KPI engine to infer, never
 * both. Pure and seeded.
 */
final class DemoProduction {

    private static final double[] LINE_SPEED = {1.0, 0.975, 0.9};
    private static final double[] SHIFT_SPEED = {1.0, 0.985, 0.955};
    private static final int[] LINE_CREW = {6, 7, 5};
    /** The product (index) hit by a bad material lot, and when (day indexes). */
    private static final int BAD_LOT_PRODUCT = 2;
    private static final int BAD_LOT_FROM = 30;
    private static final int BAD_LOT_TO = 36;

    private DemoProduction() {}

    /**
     * One slot's output. {@code runTime} is the true run time; {@code runTimeGiven} false when the entry leaves it
     * out. Crew: null when not given.
     */
    record Output(Slot slot, BigDecimal runTime, boolean runTimeGiven, int units, int defects, int rework, int scrap,
            Integer assigned, Integer present) {

        /** The share of units not good first time. */
        double defectRate() {
            return units == 0 ? 0 : (double) defects / units;
        }
    }

    /**
     * @param cycleTimes ideal cycle time (hours per unit) of each product index
     * @param scheduled  scheduled minutes of every shift
     */
    static List<Output> plan(String clientCode, Plan plan, Losses losses, double[] cycleTimes, int scheduled) {
        Random random = new Random(43L * clientCode.hashCode() + 11);
        double base = 0.89 + 0.05 * random.nextDouble();
        double[] productSpeed = new double[cycleTimes.length];
        double[] productQuality = new double[cycleTimes.length];
        for (int p = 0; p < cycleTimes.length; p++) {
            productSpeed[p] = 0.95 + 0.08 * random.nextDouble();
            productQuality[p] = 0.006 * random.nextDouble();
        }
        int lastDay = DemoShiftPlan.DAYS - 2;
        List<Output> out = new ArrayList<>();
        for (Slot s : plan.slots()) {
            BigDecimal run = BigDecimal.valueOf(Math.max(0, scheduled - losses.minutes()[s.index()]))
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN);
            double progress = (double) s.dayIndex() / lastDay;
            double drift = 0.98 + 0.03 * progress + (s.line() == 1 ? 0.04 * progress - 0.02 : 0);
            double performance = base * LINE_SPEED[s.line()] * SHIFT_SPEED[s.shift()] * productSpeed[s.product()] * drift
                    * (DemoDowntime.troubled(s) ? 0.86 : 1.0) + 0.04 * random.nextGaussian();
            performance = Math.clamp(performance, 0.6, 1.07);
            int units = (int) Math.round(performance * run.doubleValue() / cycleTimes[s.product()]);
            boolean badLot = s.product() == BAD_LOT_PRODUCT && s.dayIndex() >= BAD_LOT_FROM && s.dayIndex() <= BAD_LOT_TO;
            double quality = 0.986 - (s.line() == 2 ? 0.008 : 0) - (s.shift() == 2 ? 0.004 : 0)
                    - productQuality[s.product()] - (badLot ? 0.03 : 0) + 0.003 * random.nextGaussian();
            quality = Math.clamp(quality, 0.95, 0.997);
            int defects = Math.min(units, (int) Math.floor(units * (1 - quality) + random.nextDouble()));
            int rework = (int) Math.round(defects * (0.45 + 0.3 * random.nextDouble()));
            int scrap = Math.min(defects - rework, (int) Math.round((defects - rework) * (0.6 + 0.4 * random.nextDouble())));
            double r = random.nextDouble();
            int crew = Math.clamp(LINE_CREW[s.line()] - (s.shift() == 2 ? 1 : 0) + (r < 0.2 ? -1 : r > 0.85 ? 1 : 0), 4, 8);
            int present = random.nextDouble() < 0.15 ? crew - 1 : crew;
            double missing = random.nextDouble();
            boolean runGiven = missing >= 0.03;
            Integer assigned = missing >= 0.03 && missing < 0.06 ? null : crew;
            Integer presentGiven = assigned == null && random.nextBoolean() ? null : present;
            out.add(new Output(s, run, runGiven, units, defects, rework, scrap, assigned, presentGiven));
        }
        return out;
    }

    /** The production entries of the outputs: an order's on its MAKE job and line, stock ones with their product. */
    static List<ProductionSpec> specs(DemoIds ids, List<Output> outputs) {
        return outputs.stream().map(o -> {
            Slot s = o.slot();
            boolean order = s.order() >= 0;
            return new ProductionSpec(ids.clientId(), s.day(), ids.shifts().get(s.shift()), ids.lines().get(s.line()),
                    order ? ids.orders().get(s.order()) : null, order ? ids.makeJobs().get(s.order()) : null,
                    ids.products().get(s.product()), o.units(), o.runTimeGiven() ? o.runTime() : null, o.assigned(),
                    o.present(), o.defects(), o.rework(), o.scrap());
        }).toList();
    }
}
