package io.kpiops.dashboards.prefs;

import io.kpiops.platform.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboards that have a layout, the widgets each may show, and the role defaults. The web app keeps the same
 * table (web/src/views/dashboard/widgets.ts) to paint a default before the server answers.
 *
 * <p>Role defaults: leaders (and operators, who land on My Shift but may open the dashboard) get the plant dashboard:
 * KPI cards, then trends, the Pareto charts and the loss, WIP, hold, delivery and attendance lists. Power users and
 * admins get the KPI overview across clients first (a table of key KPIs per client), then the same widgets.
 */
final class DashboardLayouts {

    private DashboardLayouts() {}

    static final Set<String> DASHBOARDS = Set.of("home");

    static final Set<String> WIDGETS = Set.of("client_overview", "kpi_cards", "trend_oee", "trend_quality",
            "downtime_pareto", "defect_pareto", "oee_losses", "wip_aging", "holds_aging", "bradford", "otd_late",
            "attendance_today");

    private static final List<Widget> PLANT_BODY = List.of(
            new Widget("trend_oee", 0, 4, 6, 5, false),
            new Widget("trend_quality", 6, 4, 6, 5, false),
            new Widget("downtime_pareto", 0, 9, 6, 5, false),
            new Widget("oee_losses", 6, 9, 6, 5, false),
            new Widget("defect_pareto", 0, 14, 6, 5, false),
            new Widget("wip_aging", 6, 14, 6, 5, false),
            new Widget("otd_late", 0, 19, 6, 5, false),
            new Widget("holds_aging", 6, 19, 6, 5, false),
            new Widget("bradford", 0, 24, 6, 5, false),
            new Widget("attendance_today", 6, 24, 6, 5, false));

    private static final Map<String, List<Widget>> HOME = Map.of(
            "plant", concat(List.of(new Widget("kpi_cards", 0, 0, 12, 4, false)), PLANT_BODY,
                    List.of(new Widget("client_overview", 0, 29, 12, 3, true))),
            "overview", concat(List.of(new Widget("client_overview", 0, 0, 12, 3, false),
                    new Widget("kpi_cards", 0, 3, 12, 4, false)), shifted(PLANT_BODY, 3), List.of()));

    /** The default layout of a dashboard for a role. */
    static List<Widget> defaultFor(String dashboard, Role role) {
        return HOME.get(role == Role.POWERUSER || role == Role.ADMIN ? "overview" : "plant");
    }

    private static List<Widget> shifted(List<Widget> widgets, int rows) {
        return widgets.stream().map(w -> new Widget(w.key(), w.x(), w.y() + rows, w.w(), w.h(), w.hidden())).toList();
    }

    @SafeVarargs
    private static List<Widget> concat(List<Widget>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
