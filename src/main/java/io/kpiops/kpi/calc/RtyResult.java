package io.kpiops.kpi.calc;

import java.util.List;

/** Rolled throughput yield, the stage FPYs it multiplied (in stage order) and the worst stage (null without data). */
public record RtyResult(KpiResult rty, List<StageYield> stages, String worstStage) {}
