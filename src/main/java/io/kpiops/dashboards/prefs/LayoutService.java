package io.kpiops.dashboards.prefs;

import io.kpiops.platform.security.Caller;
import io.kpiops.platform.security.CurrentCaller;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The caller's widget layout per dashboard: the stored one, else the role default; storing validates every widget. */
@Service
class LayoutService {

    /** What a layout answer says: the widgets, and whether they are the caller's own or the role default. */
    record Layout(String dashboard, boolean customized, List<Widget> widgets, Instant updatedAt) {}

    private static final TypeReference<List<Widget>> WIDGETS = new TypeReference<>() {};

    private final LayoutRows rows;
    private final JsonMapper json;
    private final Clock clock;

    LayoutService(LayoutRows rows, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Layout get(String dashboard) {
        Caller me = CurrentCaller.get();
        known(dashboard);
        return rows.find(me.id(), dashboard)
                .map(r -> new Layout(dashboard, true, json.readValue(r.widgetsJson(), WIDGETS), r.updatedAt()))
                .orElseGet(() -> roleDefault(dashboard, me));
    }

    @Transactional
    Layout store(String dashboard, List<Widget> widgets) {
        Caller me = CurrentCaller.get();
        known(dashboard);
        check(widgets);
        rows.store(me.id(), dashboard, json.writeValueAsString(widgets), Instant.now(clock));
        return get(dashboard);
    }

    @Transactional
    Layout reset(String dashboard) {
        Caller me = CurrentCaller.get();
        known(dashboard);
        rows.delete(me.id(), dashboard);
        return roleDefault(dashboard, me);
    }

    private static Layout roleDefault(String dashboard, Caller me) {
        return new Layout(dashboard, false, DashboardLayouts.defaultFor(dashboard, me.role()), null);
    }

    private static void known(String dashboard) {
        if (!DashboardLayouts.DASHBOARDS.contains(dashboard)) {
            throw ApiException.notFound("Dashboard");
        }
    }

    /** Known keys, each once, and every widget inside the 12 columns (Bean Validation checked the single numbers). */
    private static void check(List<Widget> widgets) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < widgets.size(); i++) {
            Widget w = widgets.get(i);
            String at = "widgets[" + i + "]";
            if (!DashboardLayouts.WIDGETS.contains(w.key())) {
                errors.add(new FieldError(at + ".key", "is not a widget of this dashboard"));
            } else if (!seen.add(w.key())) {
                errors.add(new FieldError(at + ".key", "appears more than once"));
            }
            if (w.x() + w.w() > 12) {
                errors.add(new FieldError(at + ".w", "x + w must not exceed 12 columns"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
