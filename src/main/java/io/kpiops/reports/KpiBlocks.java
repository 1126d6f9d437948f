package io.kpiops.reports;

import io.kpiops.clients.KpiSettings;
import io.kpiops.kpi.KpiViews.ClientKpis;
import io.kpiops.kpi.KpiViews.Group;
import io.kpiops.kpi.KpiViews.Grouped;
import io.kpiops.kpi.KpiViews.Inferred;
import io.kpiops.kpi.KpiViews.KpiValue;
import io.kpiops.kpi.KpiViews.ParetoBar;
import io.kpiops.kpi.KpiViews.ParetoView;
import io.kpiops.kpi.KpiViews.Point;
import io.kpiops.kpi.KpiViews.Trend;
import io.kpiops.reports.ReportDocument.Chart;
import io.kpiops.reports.ReportDocument.Percent;
import io.kpiops.reports.ReportDocument.Series;
import io.kpiops.reports.ReportDocument.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the KPI API's views into report tables and charts, value for value. */
final class KpiBlocks {

    private KpiBlocks() {}

    /** A KPI value as a cell: percentages as {@link Percent}, other units as plain numbers, null when no data. */
    static Object cell(KpiValue v) {
        if (v == null || v.value() == null) {
            return null;
        }
        return "%".equals(v.unit()) ? new Percent(v.value()) : v.value();
    }

    static Object level(KpiValue v, BigDecimal level) {
        if (level == null) {
            return null;
        }
        return "%".equals(v.unit()) ? new Percent(level) : level;
    }

    /**
     * The KPI table: per scope (each client, and the pooled total when several) each KPI's value, unit, target,
     * status, trend, confidence, records and inferred share. {@code trends} holds the pooled trend direction by KPI.
     */
    static Table kpiTable(ReportText t, List<ClientKpis> scopes, List<String> kpis, Map<String, String> trends) {
        List<List<Object>> rows = new ArrayList<>();
        boolean several = scopes.size() > 1;
        for (ScopedValue sv : values(t, scopes, kpis)) {
            KpiValue v = sv.value();
            List<Object> row = new ArrayList<>();
            row.add(t.kpi(sv.kpi()));
            if (several) {
                row.add(sv.who());
            }
            row.addAll(Arrays.asList(cell(v), t.getOr("unit." + v.unit(), v.unit()),
                    v.target() == null ? null : level(v, v.target().target()),
                    v.status() == null ? null : t.get("status." + v.status()),
                    sv.scope().clientId() == null || !several ? trend(t, trends.get(sv.kpi())) : null,
                    v.confidence(), v.recordCount(), v.inferredShare() == null ? null
                            : new Percent(v.inferredShare().movePointRight(2))));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(t.get("col.kpi")));
        if (several) {
            headers.add(t.get("col.client"));
        }
        headers.addAll(List.of(t.get("col.value"), t.get("col.unit"), t.get("col.target"), t.get("col.status"),
                t.get("col.trend"), t.get("col.confidence"), t.get("col.records"), t.get("col.inferred_share")));
        return new Table(null, headers, rows, t.get("empty.table"));
    }

    /** One KPI's value in one scope (a client, or the pooled total named as such). */
    private record ScopedValue(ClientKpis scope, String who, String kpi, KpiValue value) {}

    /** The scopes' values of the KPIs asked for, scope by scope, in the KPIs' order; KPIs without a value left out. */
    private static List<ScopedValue> values(ReportText t, List<ClientKpis> scopes, List<String> kpis) {
        List<ScopedValue> out = new ArrayList<>();
        for (ClientKpis scope : scopes) {
            String who = scope.clientId() == null ? t.get("scope.pooled") : scope.clientCode();
            for (String key : kpis) {
                KpiValue v = scope.kpis().get(key);
                if (v != null) {
                    out.add(new ScopedValue(scope, who, key, v));
                }
            }
        }
        return out;
    }

    /** The trend's direction with an arrow: ↑ improving, ↓ declining, → stable. */
    static String trend(ReportText t, String direction) {
        if (direction == null) {
            return t.get("trend.none");
        }
        return t.get("trend." + direction);
    }

    /** One row per group with one column per KPI, from several grouped views of the same dimension. */
    static Table breakdown(ReportText t, String title, String groupHeader, List<Grouped> views) {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        for (int i = 0; i < views.size(); i++) {
            for (Group g : views.get(i).groups()) {
                List<Object> row = rows.computeIfAbsent(g.key(), k -> {
                    List<Object> r = new ArrayList<>();
                    r.add(g.label() == null ? g.key() : g.label());
                    for (int j = 0; j < views.size(); j++) {
                        r.add(null);
                    }
                    return r;
                });
                row.set(i + 1, cell(g.result()));
            }
        }
        List<String> headers = new ArrayList<>(List.of(groupHeader));
        views.forEach(v -> headers.add(t.kpi(v.kpi())));
        return new Table(title, headers, new ArrayList<>(rows.values()), t.get("empty.table"));
    }

    /** A Pareto's bars, largest first, at most {@code limit}. */
    static Table pareto(ReportText t, String title, String measureHeader, ParetoView view, int limit) {
        List<List<Object>> rows = new ArrayList<>();
        for (ParetoBar b : view.bars().stream().limit(limit).toList()) {
            rows.add(Arrays.asList(b.label() == null ? b.category() : b.label(), b.total(),
                    new Percent(b.sharePercent()), new Percent(b.cumulativePercent())));
        }
        return new Table(title, List.of(t.get("col.category"), measureHeader, t.get("col.share"),
                t.get("col.cumulative")), rows, t.get("empty.table"));
    }

    /** One chart of several KPIs' trend series. */
    static Chart chart(ReportText t, String title, String unit, List<Trend> trends) {
        List<Series> series = trends.stream().map(tr -> new Series(t.kpi(tr.kpi()),
                tr.series().stream().map(Point::period).toList(), tr.series().stream().map(Point::value).toList()))
                .toList();
        return new Chart(title, unit, series);
    }

    /** The trend series as a table: a row per period, a column per KPI (gaps empty). */
    static Table trendTable(ReportText t, String title, List<Trend> trends) {
        Map<java.time.LocalDate, List<Object>> rows = new java.util.TreeMap<>();
        for (int i = 0; i < trends.size(); i++) {
            Trend tr = trends.get(i);
            for (Point p : tr.series()) {
                List<Object> row = rows.computeIfAbsent(p.period(), d -> {
                    List<Object> r = new ArrayList<>();
                    r.add(d);
                    for (int j = 0; j < trends.size(); j++) {
                        r.add(null);
                    }
                    return r;
                });
                row.set(i + 1, "%".equals(tr.total().unit()) ? new Percent(p.value()) : p.value());
            }
        }
        List<String> headers = new ArrayList<>(List.of(t.get("col.period")));
        trends.forEach(tr -> headers.add(t.kpi(tr.kpi())));
        return new Table(title, headers, new ArrayList<>(rows.values()), t.get("empty.table"));
    }

    /** Every inferred input behind the scope's KPIs: which KPI, which input, the rule, records and confidence. */
    static Table inferred(ReportText t, List<ClientKpis> scopes, List<String> kpis) {
        List<List<Object>> rows = new ArrayList<>();
        for (ScopedValue sv : values(t, scopes, kpis)) {
            for (Inferred i : sv.value().inferred()) {
                rows.add(Arrays.asList(t.kpi(sv.kpi()), sv.who(), i.input(), i.rule(), i.records(), i.confidence()));
            }
        }
        return new Table(null, List.of(t.get("col.kpi"), t.get("col.client"), t.get("col.input"), t.get("col.rule"),
                t.get("col.records"), t.get("col.confidence")), rows, t.get("inferred.none"));
    }

    /** The KPI settings in force per client (KPI.md §6). */
    static Table settings(ReportText t, List<ClientKpis> clients) {
        List<List<Object>> rows = new ArrayList<>();
        for (ClientKpis c : clients) {
            KpiSettings s = c.settings();
            if (s == null) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("setup_as_planned", t.get(s.setupAsPlanned() ? "yes" : "no"));
            values.put("counted_absence_types", String.join(", ", s.countedAbsenceTypes()));
            values.put("wip_bucket_edges", join(s.wipBucketEdges()));
            values.put("bradford_window_weeks", (long) s.bradfordWindowWeeks());
            values.put("bradford_bands", join(s.bradfordBands()));
            values.put("default_crew_size", s.defaultCrewSize() == null ? null : (long) s.defaultCrewSize());
            values.put("default_cycle_time_hours", s.defaultCycleTimeHours());
            values.put("default_shift_hours", s.defaultShiftHours());
            values.put("default_lead_time_days", s.defaultLeadTimeDays() == null ? null : (long) s.defaultLeadTimeDays());
            values.put("default_dpmo_opportunities", (long) s.defaultDpmoOpportunities());
            values.put("inspection_stages", String.join(", ", s.inspectionStages()));
            values.forEach((k, v) -> rows.add(Arrays.asList(c.clientCode(), t.get("setting." + k), v)));
        }
        return new Table(null, List.of(t.get("col.client"), t.get("col.setting"), t.get("col.value")), rows,
                t.get("empty.table"));
    }

    private static String join(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
