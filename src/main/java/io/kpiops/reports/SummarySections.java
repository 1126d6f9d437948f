package io.kpiops.reports;

import io.kpiops.kpi.KpiQueries;
import io.kpiops.kpi.KpiViews.BradfordView;
import io.kpiops.kpi.KpiViews.ClientKpis;
import io.kpiops.kpi.KpiViews.EmployeeBradford;
import io.kpiops.kpi.KpiViews.OrderAge;
import io.kpiops.kpi.KpiViews.OrderOtd;
import io.kpiops.kpi.KpiViews.Trend;
import io.kpiops.reports.ReportDocument.Block;
import io.kpiops.reports.ReportDocument.Note;
import io.kpiops.reports.ReportDocument.Section;
import io.kpiops.reports.ReportDocument.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The KPI summary's sections after its KPI table: trend charts, top downtime reasons and defect types, late orders,
 * WIP aging and absenteeism with the Bradford top list.
 */
@Component
class SummarySections {

    static final int TOP = 10;
    static final int OLDEST = 20;

    private final KpiQueries kpi;

    SummarySections(KpiQueries kpi) {
        this.kpi = kpi;
    }

    List<Section> sections(ReportContext ctx, Map<String, Trend> trends, ClientKpis pooled) {
        ReportText t = ctx.text();
        List<Section> out = new ArrayList<>();
        out.add(trendSection(t, trends));
        out.add(new Section(t.get("section.top_downtime"), t.get("sheet.downtime"), List.of(KpiBlocks.pareto(t, null,
                t.get("col.hours"), kpi.downtimePareto(ctx.filter()), TOP))));
        out.add(new Section(t.get("section.top_defects"), t.get("sheet.defects"), List.of(KpiBlocks.pareto(t, null,
                t.get("col.defects"), kpi.defectPareto(ctx.filter()), TOP))));
        out.add(new Section(t.get("section.late_orders"), t.get("sheet.late_orders"),
                List.of(new Note(t.get("note.late_orders", ReportAssembler.sentence(t, pooled.kpis().get("otd")))),
                        lateOrders(t, kpi.otdOrders(ctx.filter()).orders()))));
        out.add(wipSection(ctx, pooled));
        out.add(absenteeismSection(ctx, pooled));
        return out;
    }

    static Section trendSection(ReportText t, Map<String, Trend> trends) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(KpiBlocks.chart(t, t.get("chart.oee"), "%", pick(trends, "oee", "availability", "performance",
                "quality_rate")));
        blocks.add(KpiBlocks.chart(t, t.get("chart.quality"), "%", pick(trends, "fpy", "rty")));
        blocks.add(KpiBlocks.chart(t, t.get("chart.delivery"), "%", pick(trends, "otd", "absenteeism")));
        blocks.add(KpiBlocks.trendTable(t, t.get("table.trend_values"), pick(trends, "oee", "availability",
                "performance", "quality_rate", "fpy", "rty", "otd", "absenteeism")));
        return new Section(t.get("section.trends"), t.get("sheet.trends"), blocks);
    }

    static List<Trend> pick(Map<String, Trend> trends, String... kpis) {
        return Arrays.stream(kpis).map(trends::get).filter(Objects::nonNull).toList();
    }

    static Table lateOrders(ReportText t, List<OrderOtd> orders) {
        List<List<Object>> rows = orders.stream().filter(o -> !o.onTime()).map(o -> Arrays.<Object>asList(
                o.workOrder(), o.product(), o.promisedDate(), t.getOr("rule." + o.promisedRule(), o.promisedRule()),
                o.deliveredDate())).toList();
        return new Table(null, List.of(t.get("col.work_order"), t.get("col.product"), t.get("col.promised"),
                t.get("col.promised_rule"), t.get("col.delivered")), rows, t.get("empty.late_orders"));
    }

    private Section wipSection(ReportContext ctx, ClientKpis pooled) {
        ReportText t = ctx.text();
        List<OrderAge> orders = kpi.wipOrders(ctx.filter(), ctx.filter().to()).orders();
        return new Section(t.get("section.wip"), t.get("sheet.wip"), List.of(
                new Note(t.get("note.wip", ReportAssembler.sentence(t, pooled.kpis().get("wip_aging")), orders.size())),
                wipTable(t, orders.stream().limit(OLDEST).toList())));
    }

    static Table wipTable(ReportText t, List<OrderAge> orders) {
        List<List<Object>> rows = orders.stream().map(o -> Arrays.<Object>asList(o.workOrder(), o.product(),
                o.ageDays(), o.holdDays(), t.getOr("rule." + o.startRule(), o.startRule()))).toList();
        return new Table(null, List.of(t.get("col.work_order"), t.get("col.product"), t.get("col.age_days"),
                t.get("col.hold_days"), t.get("col.start_rule")), rows, t.get("empty.wip"));
    }

    private Section absenteeismSection(ReportContext ctx, ClientKpis pooled) {
        ReportText t = ctx.text();
        BradfordView b = kpi.bradford(ctx.filter(), ctx.filter().to());
        return new Section(t.get("section.absenteeism"), t.get("sheet.absenteeism"), List.of(
                new Note(t.get("note.absenteeism", ReportAssembler.sentence(t, pooled.kpis().get("absenteeism")))),
                bradford(t, t.get("table.bradford_top", TOP), b.employees().stream().limit(TOP).toList())));
    }

    static Table bradford(ReportText t, String title, List<EmployeeBradford> employees) {
        List<List<Object>> rows = employees.stream().map(e -> Arrays.<Object>asList(e.employee(), e.name(),
                e.value(), (long) e.spells(), (long) e.days(), e.band() == null ? null : t.getOr("band." + e.band(),
                        e.band()))).toList();
        return new Table(title, List.of(t.get("col.employee"), t.get("col.name"), t.get("col.bradford"),
                t.get("col.spells"), t.get("col.days"), t.get("col.band")), rows, t.get("empty.table"));
    }
}
