package io.kpiops.kpi.calc;

/** Bradford factor S² × D of one employee; value and band null without a scheduled record in the window. */
public record BradfordResult(String employee, Long value, int spells, int days, String band) {}
