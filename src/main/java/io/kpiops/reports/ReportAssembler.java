package io.kpiops.reports;

import io.kpiops.kpi.EntryRows;
import io.kpiops.kpi.KpiQueries;
import io.kpiops.kpi.KpiViews.ClientKpis;
import io.kpiops.kpi.KpiViews.KpiValue;
import io.kpiops.kpi.KpiViews.Summary;
import io.kpiops.kpi.KpiViews.Trend;
import io.kpiops.reports.ReportDocument.Block;
import io.kpiops.reports.ReportDocument.Field;
import io.kpiops.reports.ReportDocument.Note;
import io.kpiops.reports.ReportDocument.RawData;
import io.kpiops.reports.ReportDocument.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What each report type holds (reference api.md §4 with our KPI definitions): its KPIs with targets, status, trend
 * and confidence, then the breakdowns, drill-downs and charts of its area, the inferred inputs and the settings in
 * force. Every figure is read through the KPI engine's public face, so it equals the KPI API's.
 */
@Component
class ReportAssembler {

    static final List<String> ALL_KPIS = List.of("oee", "availability", "performance", "quality_rate", "efficiency",
            "throughput", "fpy", "rty", "ppm", "dpmo", "otd", "true_otd", "wip_aging", "absenteeism");

    private final KpiQueries kpi;
    private final SummarySections summarySections;
    private final AreaSections areaSections;

    ReportAssembler(KpiQueries kpi, SummarySections summarySections, AreaSections areaSections) {
        this.kpi = kpi;
        this.summarySections = summarySections;
        this.areaSections = areaSections;
    }

    /** The KPIs a report type shows, in order. */
    static List<String> kpisOf(ReportType type) {
        return switch (type) {
            case KPI_SUMMARY -> ALL_KPIS;
            case PRODUCTION -> List.of("oee", "availability", "performance", "quality_rate", "efficiency", "throughput");
            case QUALITY -> List.of("fpy", "rty", "quality_rate", "ppm", "dpmo");
            case DOWNTIME -> List.of("availability", "oee");
            case ATTENDANCE -> List.of("absenteeism");
            case WORK_ORDERS -> List.of("otd", "true_otd", "wip_aging");
        };
    }

    static EntryRows.Table rawTable(ReportType type) {
        return switch (type) {
            case KPI_SUMMARY, PRODUCTION -> EntryRows.Table.PRODUCTION;
            case QUALITY -> EntryRows.Table.QUALITY;
            case DOWNTIME -> EntryRows.Table.DOWNTIME;
            case ATTENDANCE -> EntryRows.Table.ATTENDANCE;
            case WORK_ORDERS -> EntryRows.Table.WORK_ORDERS;
        };
    }

    ReportDocument assemble(ReportContext ctx) {
        ReportText t = ctx.text();
        ReportType type = ctx.request().type();
        List<String> kpis = kpisOf(type);
        Summary summary = kpi.summary(ctx.filter());
        List<ClientKpis> scopes = new ArrayList<>(summary.clients());
        if (summary.total() != null) {
            scopes.add(summary.total());
        }
        ClientKpis pooled = summary.total() != null ? summary.total() : summary.clients().getFirst();
        boolean empty = isEmpty(type, kpis, pooled);
        List<Section> sections = new ArrayList<>();
        if (empty) {
            sections.add(new Section(t.get("section.no_data"), t.get("sheet.kpis"),
                    List.of(new Note(t.get("empty.period", ctx.filter().from().toString(), ctx.filter().to().toString())))));
        } else {
            Map<String, Trend> trends = trends(ctx, kpis);
            Map<String, String> directions = trends.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().trend().direction()));
            sections.add(new Section(t.get("section.kpis"), t.get("sheet.kpis"), List.of(
                    new Note(t.get("note.kpis")), KpiBlocks.kpiTable(t, scopes, kpis, directions))));
            sections.addAll(type == ReportType.KPI_SUMMARY ? summarySections.sections(ctx, trends, pooled)
                    : areaSections.sections(ctx, trends, pooled));
            sections.add(new Section(t.get("section.inferred"), t.get("sheet.inferred"), List.of(
                    new Note(t.get("note.inferred")), KpiBlocks.inferred(t, scopes, kpis))));
        }
        sections.add(new Section(t.get("section.settings"), t.get("sheet.settings"),
                List.of(KpiBlocks.settings(t, summary.clients()))));
        EntryRows.Table raw = rawTable(type);
        List<String> headers = raw.columns().stream().map(c -> t.getOr("raw." + c, c)).toList();
        return new ReportDocument(t.get("title." + type.slug()), scope(ctx, summary), sections,
                new RawData(raw, headers), empty);
    }

    /**
     * Empty when none of the report's KPIs rests on a record of the period; WIP aging is a snapshot of open orders,
     * not of the period, so it counts only for the work-order report.
     */
    static boolean isEmpty(ReportType type, List<String> kpis, ClientKpis pooled) {
        return kpis.stream().filter(k -> type == ReportType.WORK_ORDERS || !k.equals("wip_aging"))
                .map(k -> pooled.kpis().get(k)).allMatch(v -> v == null || v.recordCount() == 0);
    }

    /** The pooled trend of each KPI that has one (WIP aging is a snapshot without a trend). */
    private Map<String, Trend> trends(ReportContext ctx, List<String> kpis) {
        Map<String, Trend> out = new HashMap<>();
        for (String k : kpis) {
            if (!k.equals("wip_aging")) {
                out.put(k, kpi.trend(k, ctx.filter(), ctx.granularity()));
            }
        }
        return out;
    }

    private static List<Field> scope(ReportContext ctx, Summary summary) {
        ReportText t = ctx.text();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(t.get("scope.clients"), ctx.clients().stream().map(c -> c.code() + " – " + c.name())
                .collect(Collectors.joining("; "))));
        fields.add(new Field(t.get("scope.period"), ctx.filter().from() + " – " + ctx.filter().to()));
        fields.add(new Field(t.get("scope.as_of"), summary.asOf().toString()));
        fields.add(new Field(t.get("scope.shift"), ctx.shiftName() == null ? t.get("scope.all") : ctx.shiftName()));
        fields.add(new Field(t.get("scope.line"), ctx.lineName() == null ? t.get("scope.all") : ctx.lineName()));
        fields.add(new Field(t.get("scope.product"), ctx.productName() == null ? t.get("scope.all") : ctx.productName()));
        fields.add(new Field(t.get("scope.generated"), t.dateTime(ctx.generatedAt())));
        return fields;
    }

    /** A KPI value of the pooled scope, for a sentence. */
    static String sentence(ReportText t, KpiValue v) {
        if (v == null || v.value() == null) {
            return t.get("value.none");
        }
        return t.number(v.value()) + " " + t.getOr("unit." + v.unit(), v.unit());
    }

    static List<Block> blocks(Block... blocks) {
        return List.of(blocks);
    }

}
