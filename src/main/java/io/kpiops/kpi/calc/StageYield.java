package io.kpiops.kpi.calc;

/** First pass yield of one inspection stage. */
public record StageYield(String stage, KpiResult fpy) {}
