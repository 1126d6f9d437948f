package io.kpiops.kpi.calc;

/** OTD or TRUE-OTD with the count of undated orders left out. */
public record OtdResult(KpiResult otd, long skippedNoDate) {}
