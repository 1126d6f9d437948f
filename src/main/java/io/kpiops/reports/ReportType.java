package io.kpiops.reports;

/** The reports the product renders; the path segment of {@code /api/reports/{type}.pdf|.xlsx} is {@link #slug()}. */
public enum ReportType {
    KPI_SUMMARY,
    PRODUCTION,
    QUALITY,
    DOWNTIME,
    ATTENDANCE,
    WORK_ORDERS;

    /** {@code kpi-summary}, {@code work-orders}, … */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
