package io.kpiops.kpi.calc;

/** DPMO with its short-term sigma level. */
public record DpmoResult(KpiResult dpmo, SigmaLevel sigmaLevel) {}
