package io.kpiops.kpi;

import io.kpiops.kpi.calc.Kpi;

/** Which entries a KPI is made of: it decides which gatherer runs and which filters and groupings apply. */
enum Family {
    PRODUCTION, QUALITY, ORDERS, ATTENDANCE;

    static Family of(Kpi kpi) {
        return switch (kpi) {
            case AVAILABILITY, PERFORMANCE, QUALITY_RATE, OEE, EFFICIENCY, THROUGHPUT -> PRODUCTION;
            case PPM, DPMO, FPY, RTY -> QUALITY;
            case OTD, TRUE_OTD, WIP_AGING -> ORDERS;
            case ABSENTEEISM -> ATTENDANCE;
        };
    }

    /** Whether this family's entries can be filtered as asked (a filter that does not apply would silently widen). */
    boolean supports(KpiFilter f, Dimension by) {
        return switch (this) {
            case PRODUCTION -> true;
            case QUALITY -> QualityGathering.supports(f, by);
            case ORDERS -> OrderGathering.supports(f, by);
            case ATTENDANCE -> AttendanceGathering.supports(f, by);
        };
    }

    /** Why a filter or grouping leaves this family out. */
    String unsupportedReason() {
        return switch (this) {
            case PRODUCTION -> "";
            case QUALITY -> "quality entries carry no line, so they cannot be filtered or grouped by line";
            case ORDERS -> "work orders carry no shift or line, so they cannot be filtered or grouped by shift or line";
            case ATTENDANCE -> "attendance carries no product or work order, so it cannot be filtered or grouped by them";
        };
    }
}
