package io.kpiops.kpi.calc;

/** Whether a KPI improves upwards or downwards; decides status colours and trend words. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
