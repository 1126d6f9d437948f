package io.kpiops.dashboards.tv;

import io.kpiops.kpi.LineShiftKpis;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a shop-floor TV shows of one line (GET /api/dashboards/tv). */
@Schema(description = "A line's current shift for a shop-floor screen: target vs actual units, OEE and its factors, "
        + "running/down status, the day's top downtime reasons; shift null when the client has no active shift")
record TvView(long clientId, String clientName, long lineId, String lineName, Long displayId, String displayName,
        String timeZone, Instant generatedAt, Instant lastEntryAt, Shift shift, Units units, LineShiftKpis.Oee oee,
        Status status, List<LineShiftKpis.ReasonMinutes> topDowntime) {

    @Schema(name = "TvShift", description = "The shift run shown: the production day it started on, its plant-local clock times and "
            + "instants; running false between shifts (the last run that ended is shown)")
    record Shift(long id, String name, LocalDate day, String start, String end, Instant startsAt, Instant endsAt,
            boolean running, int elapsedMinutes, int durationMinutes, int scheduledMinutes) {}

    @Schema(name = "TvUnits", description = "Units so far: target from the ideal cycle time pro rata over the elapsed shift (null when "
            + "the line's product has none), actual and good first time from the line's production entries of the run")
    record Units(Long targetSoFar, Long targetShift, long actual, long good, String product,
            BigDecimal idealCycleTimeHours) {}

    @Schema(name = "TvStatus", description = "running, down or no_shift; a stop names its reason, whether it is planned and its window "
            + "(plant-local HH:mm)")
    record Status(String state, String reason, boolean planned, String since, String until) {}
}
