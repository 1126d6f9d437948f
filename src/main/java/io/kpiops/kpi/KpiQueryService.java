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
import io.kpiops.rollup.ProductionRollup;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** {@link KpiQueries} over the engine's services; the drill-down endpoints call it too, so both narrow alike. */
@Service
class KpiQueryService implements KpiQueries {

    private final KpiService kpis;
    private final KpiTrends trends;
    private final KpiDrillDowns drillDowns;
    private final KpiLosses losses;
    private final ProductionRollup rollup;

    KpiQueryService(KpiService kpis, KpiTrends trends, KpiDrillDowns drillDowns, KpiLosses losses,
            ProductionRollup rollup) {
        this.kpis = kpis;
        this.trends = trends;
        this.drillDowns = drillDowns;
        this.losses = losses;
        this.rollup = rollup;
    }

    @Override
    public Summary summary(KpiFilter f) {
        // the summary's production reads the daily roll-up where it can: rebuilt before the read's transaction, whose
        // snapshot would not see the rebuild (the read checks freshness itself and reads the entries otherwise)
        rollup.refresh(f.clientIds(), f.from(), f.to());
        return kpis.summary(f);
    }

    @Override
    public Grouped grouped(String kpi, KpiFilter f, String groupBy) {
        return kpis.grouped(KpiService.parseKpi(kpi), f, Dimension.parse("group_by", groupBy));
    }

    @Override
    public Trend trend(String kpi, KpiFilter f, String granularity) {
        return trends.trend(KpiService.parseKpi(kpi), f, granularity, 0, null);
    }

    @Override
    public LossesView losses(KpiFilter f) {
        return losses.losses(narrow(f, f.shiftId(), f.lineId(), null, f.workOrderId()));
    }

    @Override
    public ParetoView downtimePareto(KpiFilter f) {
        return drillDowns.downtimePareto(narrow(f, f.shiftId(), f.lineId(), null, f.workOrderId()));
    }

    @Override
    public ParetoView defectPareto(KpiFilter f) {
        return drillDowns.defectPareto(narrow(f, f.shiftId(), null, f.productId(), f.workOrderId()));
    }

    @Override
    public OtdOrders otdOrders(KpiFilter f) {
        return drillDowns.otdOrders(narrow(f, null, null, f.productId(), f.workOrderId()));
    }

    @Override
    public WipOrders wipOrders(KpiFilter f, LocalDate asOf) {
        return drillDowns.wipOrders(onDay(f, asOf, null, f.productId(), f.workOrderId()));
    }

    @Override
    public HoldsAging holdsAging(KpiFilter f, LocalDate asOf) {
        return drillDowns.holdsAging(onDay(f, asOf, null, null, f.workOrderId()));
    }

    @Override
    public BradfordView bradford(KpiFilter f, LocalDate asOf) {
        return drillDowns.bradford(onDay(f, asOf, f.lineId(), null, null));
    }

    private static KpiFilter narrow(KpiFilter f, Long shift, Long line, Long product, Long workOrder) {
        return new KpiFilter(f.clientIds(), f.from(), f.to(), shift, line, product, workOrder);
    }

    /** A snapshot's filter: the single as-of day (the service clips it to the plant's today). */
    private static KpiFilter onDay(KpiFilter f, LocalDate asOf, Long line, Long product, Long workOrder) {
        return new KpiFilter(f.clientIds(), asOf, asOf, null, line, product, workOrder);
    }
}
