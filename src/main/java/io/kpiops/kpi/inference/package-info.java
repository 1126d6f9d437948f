/**
 * Inference chains of KPI.md §5 (pure, no Spring, no SQL). Each chain returns a {@link io.kpiops.kpi.inference.Resolved}
 * value with the {@link io.kpiops.kpi.inference.Inference} rule that supplied it (null for the first link, which is
 * not an inference); rule identifiers and confidences are in {@link io.kpiops.kpi.inference.InferenceRules}.
 *
 * <p>Entry points: {@link io.kpiops.kpi.inference.ProductionResolver#resolve} (a gathered
 * {@link io.kpiops.kpi.inference.ProductionRecord} plus the product's
 * {@link io.kpiops.kpi.inference.BestDemonstratedRate} and the line/shift
 * {@link io.kpiops.kpi.inference.CrewAverage}), {@link io.kpiops.kpi.inference.PromisedDate#resolve} for OTD and
 * {@link io.kpiops.kpi.inference.WipStart#resolve} for WIP aging.
 */
package io.kpiops.kpi.inference;
