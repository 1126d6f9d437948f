package io.kpiops.kpi.calc;

import static io.kpiops.kpi.calc.Direction.HIGHER_IS_BETTER;
import static io.kpiops.kpi.calc.Direction.LOWER_IS_BETTER;

/** The KPIs and derived measures of KPI.md §3: unit, direction and global default thresholds (null when none). */
public enum Kpi {
    AVAILABILITY("%", HIGHER_IS_BETTER, "90", "80", "70"),
    PERFORMANCE("%", HIGHER_IS_BETTER, "95", "85", "70"),
    QUALITY_RATE("%", HIGHER_IS_BETTER, "99", "97", "95"),
    OEE("%", HIGHER_IS_BETTER, "85", "75", "60"),
    EFFICIENCY("%", HIGHER_IS_BETTER, "85", "75", "60"),
    PPM("ppm", LOWER_IS_BETTER, "500", "1000", "2000"),
    DPMO("dpmo", LOWER_IS_BETTER, "500", "1000", "2000"),
    FPY("%", HIGHER_IS_BETTER, "99", "95", "90"),
    RTY("%", HIGHER_IS_BETTER, "95", "90", "85"),
    OTD("%", HIGHER_IS_BETTER, "95", "90", "80"),
    TRUE_OTD("%", HIGHER_IS_BETTER, "95", "90", "80"),
    WIP_AGING("days", LOWER_IS_BETTER, "7", "14", "21"),
    ABSENTEEISM("%", LOWER_IS_BETTER, "5", "8", "12"),
    THROUGHPUT("units/h", HIGHER_IS_BETTER, null, null, null);

    private final String unit;
    private final Direction direction;
    private final Thresholds defaults;

    Kpi(String unit, Direction direction, String target, String warning, String critical) {
        this.unit = unit;
        this.direction = direction;
        this.defaults = target == null ? null : Thresholds.of(target, warning, critical, direction);
    }

    public String unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    /** Global default target / warning / critical, or null for a measure without a target. */
    public Thresholds defaults() {
        return defaults;
    }
}
