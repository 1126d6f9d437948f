package io.kpiops.reports;

import io.kpiops.kpi.KpiQueries;
import io.kpiops.kpi.KpiViews.ClientKpis;
import io.kpiops.kpi.KpiViews.Grouped;
import io.kpiops.kpi.KpiViews.HoldAge;
import io.kpiops.kpi.KpiViews.LineLosses;
import io.kpiops.kpi.KpiViews.Losses;
import io.kpiops.kpi.KpiViews.LossesView;
import io.kpiops.kpi.KpiViews.Trend;
import io.kpiops.reports.ReportDocument.Block;
import io.kpiops.reports.ReportDocument.Note;
import io.kpiops.reports.ReportDocument.Section;
import io.kpiops.reports.ReportDocument.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The sections of the production, quality, downtime, attendance and work-order reports after their KPI table. */
@Component
class AreaSections {

    static final int PARETO_ROWS = 50;

    private final KpiQueries kpi;

    AreaSections(KpiQueries kpi) {
        this.kpi = kpi;
    }

    List<Section> sections(ReportContext ctx, Map<String, Trend> trends, ClientKpis pooled) {
        ReportText t = ctx.text();
        return switch (ctx.request().type()) {
            case PRODUCTION -> List.of(
                    breakdowns(ctx, List.of("oee", "availability", "performance", "quality_rate", "efficiency",
                            "throughput"), "line", "shift", "product"),
                    chart(t, t.get("chart.oee"), "%", SummarySections.pick(trends, "oee", "availability",
                            "performance", "quality_rate")),
                    losses(ctx));
            case QUALITY -> List.of(
                    breakdowns(ctx, List.of("fpy", "rty", "ppm", "dpmo"), "product", "shift"),
                    chart(t, t.get("chart.quality"), "%", SummarySections.pick(trends, "fpy", "rty", "quality_rate")),
                    new Section(t.get("section.defects"), t.get("sheet.defects"), List.of(KpiBlocks.pareto(t, null,
                            t.get("col.defects"), kpi.defectPareto(ctx.filter()), PARETO_ROWS))));
            case DOWNTIME -> List.of(
                    breakdowns(ctx, List.of("availability", "oee"), "line", "shift"),
                    chart(t, t.get("chart.availability"), "%", SummarySections.pick(trends, "availability", "oee")),
                    new Section(t.get("section.downtime_reasons"), t.get("sheet.downtime"), List.of(
                            KpiBlocks.pareto(t, null, t.get("col.hours"), kpi.downtimePareto(ctx.filter()),
                                    PARETO_ROWS))),
                    losses(ctx));
            case ATTENDANCE -> List.of(
                    breakdowns(ctx, List.of("absenteeism"), "line", "shift"),
                    chart(t, t.get("chart.absenteeism"), "%", SummarySections.pick(trends, "absenteeism")),
                    new Section(t.get("section.bradford"), t.get("sheet.bradford"), List.of(
                            new Note(t.get("note.bradford")), SummarySections.bradford(t, null,
                                    kpi.bradford(ctx.filter(), ctx.filter().to()).employees()))));
            case WORK_ORDERS -> workOrders(ctx, pooled);
            case KPI_SUMMARY -> throw new IllegalArgumentException("the KPI summary has sections of its own");
        };
    }

    /** One table per dimension with a column per KPI, each grouped by the KPI engine. */
    private Section breakdowns(ReportContext ctx, List<String> kpis, String... dimensions) {
        ReportText t = ctx.text();
        List<Block> blocks = new ArrayList<>();
        for (String by : dimensions) {
            List<Grouped> views = kpis.stream().map(k -> kpi.grouped(k, ctx.filter(), by)).toList();
            blocks.add(KpiBlocks.breakdown(t, t.get("table.by_" + by), t.get("col." + by), views));
        }
        return new Section(t.get("section.breakdowns"), t.get("sheet.breakdowns"), blocks);
    }

    private static Section chart(ReportText t, String title, String unit, List<Trend> trends) {
        return new Section(t.get("section.trends"), t.get("sheet.trends"), List.of(KpiBlocks.chart(t, title, unit,
                trends), KpiBlocks.trendTable(t, t.get("table.trend_values"), trends)));
    }

    /** The six big losses in hours, and MTBF / MTTR per line. */
    private Section losses(ReportContext ctx) {
        ReportText t = ctx.text();
        LossesView view = kpi.losses(ctx.filter());
        List<List<Object>> total = new ArrayList<>();
        Losses l = view.total();
        total.add(Arrays.asList(t.get("loss.breakdowns"), l.breakdownsHours()));
        total.add(Arrays.asList(t.get("loss.setup"), l.setupHours()));
        total.add(Arrays.asList(t.get("loss.small_stops"), l.smallStopsHours()));
        total.add(Arrays.asList(t.get("loss.reduced_speed"), l.reducedSpeedHours()));
        total.add(Arrays.asList(t.get("loss.startup_rejects"), l.startupRejectsHours()));
        total.add(Arrays.asList(t.get("loss.production_rejects"), l.productionRejectsHours()));
        List<List<Object>> lines = new ArrayList<>();
        for (LineLosses line : view.lines()) {
            Losses x = line.losses();
            lines.add(Arrays.asList(line.line() == null ? t.get("line.none") : line.line(), x.breakdownsHours(),
                    x.setupHours(), x.smallStopsHours(), x.reducedSpeedHours(), x.productionRejectsHours(),
                    line.failures(), line.runTimeHours(), line.mtbfHours(), line.mttrHours()));
        }
        return new Section(t.get("section.losses"), t.get("sheet.losses"), List.of(
                new Table(t.get("table.six_losses"), List.of(t.get("col.loss"), t.get("col.hours")), total,
                        t.get("empty.table")),
                new Table(t.get("table.losses_by_line"), List.of(t.get("col.line"), t.get("loss.breakdowns"),
                        t.get("loss.setup"), t.get("loss.small_stops"), t.get("loss.reduced_speed"),
                        t.get("loss.production_rejects"), t.get("col.failures"), t.get("col.run_time"),
                        t.get("col.mtbf"), t.get("col.mttr")), lines, t.get("empty.table"))));
    }

    private List<Section> workOrders(ReportContext ctx, ClientKpis pooled) {
        ReportText t = ctx.text();
        var otd = kpi.otdOrders(ctx.filter());
        List<List<Object>> due = otd.orders().stream().map(o -> Arrays.<Object>asList(o.workOrder(), o.product(),
                o.promisedDate(), t.getOr("rule." + o.promisedRule(), o.promisedRule()), o.deliveredDate(),
                t.get(o.onTime() ? "yes" : "no"), t.get(o.onTimeInFull() ? "yes" : "no"))).toList();
        Table dueTable = new Table(null, List.of(t.get("col.work_order"), t.get("col.product"), t.get("col.promised"),
                t.get("col.promised_rule"), t.get("col.delivered"), t.get("col.on_time"), t.get("col.in_full")), due,
                t.get("empty.due_orders"));
        List<Block> dueBlocks = new ArrayList<>(List.of(dueTable));
        if (!otd.skippedNoDate().isEmpty()) {
            dueBlocks.add(new Note(t.get("note.skipped", String.join(", ", otd.skippedNoDate()))));
        }
        List<HoldAge> holds = kpi.holdsAging(ctx.filter(), ctx.filter().to()).holds();
        List<List<Object>> holdRows = holds.stream().map(h -> Arrays.<Object>asList(h.workOrder(), h.reason(),
                h.heldDate(), h.ageDays())).toList();
        var wip = kpi.wipOrders(ctx.filter(), ctx.filter().to()).orders();
        return List.of(
                new Section(t.get("section.due_orders"), t.get("sheet.due_orders"), dueBlocks),
                new Section(t.get("section.wip"), t.get("sheet.wip"), List.of(
                        new Note(t.get("note.wip", ReportAssembler.sentence(t, pooled.kpis().get("wip_aging")),
                                wip.size())), SummarySections.wipTable(t, wip))),
                new Section(t.get("section.holds"), t.get("sheet.holds"), List.of(new Table(null, List.of(
                        t.get("col.work_order"), t.get("col.reason"), t.get("col.held_since"), t.get("col.age_days")),
                        holdRows, t.get("empty.holds")))));
    }
}
