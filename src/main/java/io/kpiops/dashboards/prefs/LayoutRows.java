package io.kpiops.dashboards.prefs;

import io.kpiops.platform.db.JdbcValues;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The table dashboard_layouts: one row per user and dashboard, holding the widgets as JSON. */
@Component
class LayoutRows {

    record Row(String widgetsJson, Instant updatedAt) {}

    private final JdbcTemplate jdbc;

    LayoutRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long userId, String dashboard) {
        return jdbc.query("SELECT widgets_json, updated_at FROM dashboard_layouts WHERE user_id = ? AND dashboard = ?",
                (rs, i) -> new Row(rs.getString("widgets_json"), JdbcValues.instant(rs, "updated_at")), userId, dashboard)
                .stream().findFirst();
    }

    /** Replaces the stored layout (delete + insert: one portable statement pair instead of three upsert dialects). */
    void store(long userId, String dashboard, String widgetsJson, Instant now) {
        delete(userId, dashboard);
        jdbc.update(con -> {
            var ps = con.prepareStatement(
                    "INSERT INTO dashboard_layouts (user_id, dashboard, widgets_json, updated_at) VALUES (?, ?, ?, ?)");
            ps.setLong(1, userId);
            ps.setString(2, dashboard);
            ps.setString(3, widgetsJson);
            JdbcValues.instant(ps, 4, now);
            return ps;
        });
    }

    void delete(long userId, String dashboard) {
        jdbc.update("DELETE FROM dashboard_layouts WHERE user_id = ? AND dashboard = ?", userId, dashboard);
    }
}
