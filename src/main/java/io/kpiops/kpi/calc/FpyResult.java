package io.kpiops.kpi.calc;

import java.util.List;

/** Overall first pass yield (all stages pooled) and each stage's FPY in stage order. */
public record FpyResult(KpiResult overall, List<StageYield> stages) {}
