package io.kpiops.reports;

import io.kpiops.clients.ClientSummary;
import io.kpiops.kpi.KpiFilter;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One report being made: the request, its KPI filter, the clients in scope, the generation time in the plant's time
 * zone, the texts of its language and the names of its filters.
 */
record ReportContext(ReportRequest request, KpiFilter filter, List<ClientSummary> clients, ZonedDateTime generatedAt,
        ReportText text, String shiftName, String lineName, String productName) {

    /** Trend periods: days up to about two months, weeks up to a year, else months. */
    String granularity() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
        return days <= 62 ? "day" : days <= 366 ? "week" : "month";
    }
}
