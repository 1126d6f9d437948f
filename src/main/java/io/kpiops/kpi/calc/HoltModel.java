package io.kpiops.kpi.calc;

/**
 * Holt's linear exponential smoothing with optional damping φ (1 = undamped) on a series y₀…yₙ₋₁:
 * level₀ = y₀, trend₀ = y₁ − y₀; for t ≥ 1 the one-step forecast is levelₜ₋₁ + φ·trendₜ₋₁; the SSE sums the squared
 * one-step errors from t = 2 (the forecast of y₁ is y₁ by construction when undamped).
 */
record HoltModel(double[] y, double alpha, double beta, double phi) {

    /** Runs the recursions; returns [SSE, Σ|e/y| over non-zero y, count of non-zero y, final level, final trend]. */
    double[] run() {
        double level = y[0];
        double trend = y[1] - y[0];
        double sse = 0;
        double ape = 0;
        int apeCount = 0;
        for (int t = 1; t < y.length; t++) {
            double forecast = level + phi * trend;
            double error = y[t] - forecast;
            if (t >= 2) {
                sse += error * error;
                if (y[t] != 0) {
                    ape += Math.abs(error / y[t]);
                    apeCount++;
                }
            }
            double previous = level;
            level = alpha * y[t] + (1 - alpha) * (level + phi * trend);
            trend = beta * (level - previous) + (1 - beta) * phi * trend;
        }
        return new double[] {sse, ape, apeCount, level, trend};
    }

    double sse() {
        return run()[0];
    }
}
