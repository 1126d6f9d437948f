package io.kpiops.kpi;

import io.kpiops.kpi.KpiViews.BradfordView;
import io.kpiops.kpi.KpiViews.Grouped;
import io.kpiops.kpi.KpiViews.HoldsAging;
import io.kpiops.kpi.KpiViews.LossesView;
import io.kpiops.kpi.KpiViews.OtdOrders;
import io.kpiops.kpi.KpiViews.ParetoView;
import io.kpiops.kpi.KpiViews.Summary;
import io.kpiops.kpi.KpiViews.Trend;
import io.kpiops.kpi.KpiViews.WipOrders;
import java.time.LocalDate;

/**
 * The KPI engine's public read face: the very views the {@code /api/kpi} endpoints answer, for the same filter, so
 * other modules (reports) show the API's numbers. Every call checks the filter's clients against the caller's
 * {@code TenantScopes.current()} (404 outside it); a drill-down drops the filters its entries do not carry, as its
 * endpoint does.
 */
public interface KpiQueries {

    /** {@code GET /api/kpi/summary}. */
    Summary summary(KpiFilter filter);

    /** {@code GET /api/kpi/{kpi}?group_by=} (kpi and group in their API spelling, e.g. "oee", "line"). */
    Grouped grouped(String kpi, KpiFilter filter, String groupBy);

    /** {@code GET /api/kpi/{kpi}/trend?granularity=} without a forecast. */
    Trend trend(String kpi, KpiFilter filter, String granularity);

    /** {@code GET /api/kpi/losses} (no product filter). */
    LossesView losses(KpiFilter filter);

    /** {@code GET /api/kpi/downtime/pareto} (no product filter). */
    ParetoView downtimePareto(KpiFilter filter);

    /** {@code GET /api/kpi/defects/pareto} (no line filter). */
    ParetoView defectPareto(KpiFilter filter);

    /** {@code GET /api/kpi/otd/orders} (product and work order filters only). */
    OtdOrders otdOrders(KpiFilter filter);

    /** {@code GET /api/kpi/wip-aging/orders?as_of=} (clipped to the plant's today). */
    WipOrders wipOrders(KpiFilter filter, LocalDate asOf);

    /** {@code GET /api/kpi/holds/aging?as_of=}. */
    HoldsAging holdsAging(KpiFilter filter, LocalDate asOf);

    /** {@code GET /api/kpi/absenteeism/bradford?as_of=} (line filter only). */
    BradfordView bradford(KpiFilter filter, LocalDate asOf);
}
