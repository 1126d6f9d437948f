package io.kpiops.kpi;

import io.kpiops.kpi.KpiViews.Direction;
import io.kpiops.kpi.KpiViews.Filters;
import io.kpiops.kpi.KpiViews.Group;
import io.kpiops.kpi.KpiViews.Grouped;
import io.kpiops.kpi.KpiViews.Point;
import io.kpiops.kpi.KpiViews.Trend;
import io.kpiops.kpi.calc.Forecast;
import io.kpiops.kpi.calc.Granularity;
import io.kpiops.kpi.calc.HoltForecast;
import io.kpiops.kpi.calc.Kpi;
import io.kpiops.kpi.calc.TrendAnalysis;
import io.kpiops.kpi.calc.TrendPoint;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.rollup.ProductionRollup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * KPI trends (KPI.md §4): the KPI pooled per day, week or month — the same groups as {@code group_by} — with periods
 * without data left out as gaps, the trend direction over the calendar period index and an optional Holt forecast.
 */
@Service
class KpiTrends {

    private final KpiService kpis;
    private final ProductionRollup rollup;

    KpiTrends(KpiService kpis, ProductionRollup rollup) {
        this.kpis = kpis;
        this.rollup = rollup;
    }

    Trend trend(Kpi kpi, KpiFilter f, String granularity, int horizon, Double damping) {
        List<FieldError> errors = new ArrayList<>();
        Dimension by = switch (granularity) {
            case "day" -> Dimension.DAY;
            case "week" -> Dimension.WEEK;
            case "month" -> Dimension.MONTH;
            default -> {
                errors.add(new FieldError("granularity", "must be day, week or month"));
                yield Dimension.DAY;
            }
        };
        if (horizon < 0 || horizon > HoltForecast.MAX_HORIZON) {
            errors.add(new FieldError("forecast", "must be between 0 (none) and " + HoltForecast.MAX_HORIZON + " periods"));
        }
        if (damping != null && (damping <= 0 || damping > 1)) {
            errors.add(new FieldError("damping", "must be greater than 0 and at most 1"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        KpiService.checkGrouping(kpi, by, "kpi");
        if (Family.of(kpi) == Family.PRODUCTION) {
            // before the read's transaction, whose snapshot would not see the rebuild (the read checks freshness
            // itself and reads the entries for a window with a stale day)
            rollup.refresh(f.clientIds(), f.from(), f.to());
        }
        Grouped grouped = kpis.grouped(kpi, f, by, false);
        Granularity g = by.granularity();
        List<TrendPoint> series = new ArrayList<>();
        for (Group group : grouped.groups()) {
            if (group.result().exactValue() != null) {
                LocalDate period = LocalDate.parse(group.key());
                series.add(new TrendPoint(period, g.index(period), group.result().exactValue()));
            }
        }
        Forecast forecast = horizon == 0 ? null : HoltForecast.forecast(series, g, horizon, damping);
        return new Trend(kpi.name().toLowerCase(Locale.ROOT), granularity, f.from(), f.to(), Filters.of(f),
                series.stream().map(Point::of).toList(), Direction.of(TrendAnalysis.of(series, kpi.direction())),
                forecast, grouped.total());
    }
}
