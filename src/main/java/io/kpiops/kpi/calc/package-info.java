/**
 * The KPI calculation core of KPI.md (pure: no Spring, no SQL, BigDecimal, half-even rounding at output only).
 *
 * <p>Every KPI pools Σ numerator ÷ Σ denominator through a {@link io.kpiops.kpi.calc.Tally}; tallies add up, so
 * a gatherer may feed per-record lists or per-group sums (e.g. SQL {@code SUM ... GROUP BY}) and get the same
 * answer. Results are {@link io.kpiops.kpi.calc.KpiResult}s (value, numerator, denominator, status, confidence,
 * inferred inputs, warnings). Entry points:
 * <ul>
 *   <li>production: resolve entries with {@link io.kpiops.kpi.inference.ProductionResolver}, build a
 *       {@link io.kpiops.kpi.calc.ProductionScope}, then {@link io.kpiops.kpi.calc.ProductionKpis} (availability,
 *       performance, quality rate, OEE, efficiency, throughput); {@link io.kpiops.kpi.calc.SixBigLosses},
 *       {@link io.kpiops.kpi.calc.LineReliability} (MTBF/MTTR), {@link io.kpiops.kpi.calc.Pareto};</li>
 *   <li>quality: {@link io.kpiops.kpi.calc.QualityKpis} (PPM, DPMO + {@link io.kpiops.kpi.calc.SigmaLevel},
 *       FPY, RTY);</li>
 *   <li>delivery and WIP: {@link io.kpiops.kpi.calc.OnTimeDelivery}, {@link io.kpiops.kpi.calc.WipAging};</li>
 *   <li>attendance: {@link io.kpiops.kpi.calc.Absenteeism}, {@link io.kpiops.kpi.calc.Bradford};</li>
 *   <li>trends: {@link io.kpiops.kpi.calc.TrendSeries} → {@link io.kpiops.kpi.calc.TrendAnalysis} and
 *       {@link io.kpiops.kpi.calc.HoltForecast}.</li>
 * </ul>
 * Where pooling is a plain sum and nothing is inferable (PPM, DPMO, FPY, absenteeism with the absence-hours rule
 * applied per record), a gatherer may pass per-group sums: a {@link io.kpiops.kpi.calc.QualityRecord} may hold a
 * group's sums, and {@link io.kpiops.kpi.calc.Tally#exactSums} with {@link io.kpiops.kpi.calc.KpiResult#ratio}
 * turns any Σ numerator / Σ denominator / record count into a result. Thresholds come from
 * {@link io.kpiops.kpi.calc.Kpi#defaults()} or the client's overrides. Our readings of details KPI.md leaves open
 * are in {@code docs/kpi.md}.
 */
package io.kpiops.kpi.calc;
