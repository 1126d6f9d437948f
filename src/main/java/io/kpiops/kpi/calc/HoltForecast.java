package io.kpiops.kpi.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Holt forecast of KPI.md §4/§7: α, β in [0, 1] minimising the SSE of the one-step errors (a 0.05 grid, refined by
 * BOBYQA from the best grid point); σ² = SSE ÷ (n − 2); h-step variance σ²(1 + Σⱼ₌₁..ₕ₋₁ α²(1 + jβ)²); 80 % and
 * 95 % intervals ± Φ⁻¹(0.90)·σₕ and ± Φ⁻¹(0.975)·σₕ; MAPE over the same errors, skipping zero actuals.
 */
public final class HoltForecast {

    public static final int MIN_POINTS = 7;
    public static final int MAX_HORIZON = 30;
    private static final double GRID_STEP = 0.05;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private HoltForecast() {}

    /**
     * @param history the trend series (unrounded values, in period order)
     * @param horizon 1–30 periods after the last history point
     * @param dampingPhi φ in (0, 1] for a damped trend, null for plain Holt
     */
    public static Forecast forecast(List<TrendPoint> history, Granularity granularity, int horizon, Double dampingPhi) {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon must be 1–30 periods");
        }
        if (dampingPhi != null && (dampingPhi <= 0 || dampingPhi > 1)) {
            throw new IllegalArgumentException("damping φ must be in (0, 1]");
        }
        if (history.size() < MIN_POINTS) {
            return Forecast.insufficient();
        }
        double[] y = history.stream().mapToDouble(p -> p.value().doubleValue()).toArray();
        double phi = dampingPhi == null ? 1 : dampingPhi;
        double[] ab = fit(y, phi);
        double alpha = ab[0];
        double beta = ab[1];
        double[] run = new HoltModel(y, alpha, beta, phi).run();
        double sigma2 = run[0] / (y.length - 2);
        double z80 = STANDARD_NORMAL.inverseCumulativeProbability(0.90);
        double z95 = STANDARD_NORMAL.inverseCumulativeProbability(0.975);
        List<Forecast.Point> points = new ArrayList<>();
        double trendSum = 0;
        double varianceSum = 0;
        for (int h = 1; h <= horizon; h++) {
            trendSum += Math.pow(phi, h);
            if (h >= 2) {
                int j = h - 1;
                varianceSum += alpha * alpha * Math.pow(1 + j * beta, 2);
            }
            double value = run[3] + trendSum * run[4];
            double sigmaH = Math.sqrt(sigma2 * (1 + varianceSum));
            points.add(new Forecast.Point(granularity.plus(history.getLast().period(), h), h, r2(value),
                    r2(value - z80 * sigmaH), r2(value + z80 * sigmaH), r2(value - z95 * sigmaH),
                    r2(value + z95 * sigmaH)));
        }
        BigDecimal mape = run[2] == 0 ? null : r2(run[1] / run[2] * 100);
        return new Forecast(false, dampingPhi == null ? "holt" : "holt_damped", r4(alpha), r4(beta),
                dampingPhi == null ? null : r4(phi), mape, r4(Math.sqrt(sigma2)), points);
    }

    /** α, β minimising the SSE: the best point of a 0.05 grid, then BOBYQA inside [0, 1]²; ties keep the grid point. */
    static double[] fit(double[] y, double phi) {
        double bestA = 0;
        double bestB = 0;
        double best = Double.POSITIVE_INFINITY;
        int steps = (int) Math.round(1 / GRID_STEP);
        for (int i = 0; i <= steps; i++) {
            for (int k = 0; k <= steps; k++) {
                double a = i * GRID_STEP;
                double b = k * GRID_STEP;
                double sse = new HoltModel(y, a, b, phi).sse();
                if (sse < best) {
                    best = sse;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        if (best == 0) {
            return new double[] {bestA, bestB};
        }
        MultivariateFunction sse = p -> new HoltModel(y, p[0], p[1], phi).sse();
        try {
            PointValuePair refined = new BOBYQAOptimizer(5, 0.02, 1e-7).optimize(new MaxEval(2000),
                    new ObjectiveFunction(sse), GoalType.MINIMIZE,
                    new InitialGuess(new double[] {clampInside(bestA), clampInside(bestB)}),
                    new SimpleBounds(new double[] {0, 0}, new double[] {1, 1}));
            if (refined.getValue() < best) {
                return new double[] {clamp(refined.getPoint()[0]), clamp(refined.getPoint()[1])};
            }
        } catch (RuntimeException e) {
            // the grid point stands when the optimiser cannot improve on it (e.g. too many evaluations)
        }
        return new double[] {bestA, bestB};
    }

    private static double clampInside(double v) {
        return Math.min(Math.max(v, 1e-6), 1 - 1e-6);
    }

    private static double clamp(double v) {
        return Math.min(Math.max(v, 0), 1);
    }

    private static BigDecimal r2(double v) {
        return Num.round(BigDecimal.valueOf(v), 2);
    }

    private static BigDecimal r4(double v) {
        return Num.round(BigDecimal.valueOf(v), 4);
    }
}
