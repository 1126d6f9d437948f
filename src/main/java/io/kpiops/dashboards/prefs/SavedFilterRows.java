package io.kpiops.dashboards.prefs;

import io.kpiops.platform.db.JdbcValues;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The table dashboard_filters, always read and written for one user: a row of another user is never found. */
@Component
class SavedFilterRows {

    /** A stored row; the definition stays JSON text here (the service reads and writes it). */
    record Row(long id, long userId, String name, String filterJson, boolean isDefault, Instant createdAt,
            Instant updatedAt) {}

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getLong("user_id"),
            rs.getString("name"), rs.getString("filter_json"), rs.getBoolean("is_default"),
            JdbcValues.instant(rs, "created_at"), JdbcValues.instant(rs, "updated_at"));

    private static final String COLUMNS = "id, user_id, name, filter_json, is_default, created_at, updated_at";

    private final JdbcTemplate jdbc;

    SavedFilterRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> of(long userId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dashboard_filters WHERE user_id = ? ORDER BY name, id", ROW, userId);
    }

    Optional<Row> find(long userId, long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dashboard_filters WHERE user_id = ? AND id = ?", ROW, userId, id)
                .stream().findFirst();
    }

    int count(long userId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM dashboard_filters WHERE user_id = ?", Integer.class, userId);
        return n == null ? 0 : n;
    }

    boolean nameTaken(long userId, String name, long exceptId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM dashboard_filters WHERE user_id = ? AND name = ? AND id <> ?",
                Integer.class, userId, name, exceptId);
        return n != null && n > 0;
    }

    void clearDefault(long userId) {
        jdbc.update("UPDATE dashboard_filters SET is_default = ? WHERE user_id = ? AND is_default = ?", false, userId, true);
    }

    long insert(long userId, String name, String filterJson, boolean isDefault, Instant now) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO dashboard_filters (user_id, name, filter_json, is_default, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?)");
            ps.setLong(1, userId);
            ps.setString(2, name);
            ps.setString(3, filterJson);
            ps.setBoolean(4, isDefault);
            JdbcValues.instant(ps, 5, now);
            JdbcValues.instant(ps, 6, now);
            return ps;
        });
        // (user_id, name) is unique: the row just written is found by it on every vendor, without driver key support
        return jdbc.queryForObject("SELECT id FROM dashboard_filters WHERE user_id = ? AND name = ?", Long.class, userId, name);
    }

    void update(long userId, long id, String name, String filterJson, boolean isDefault, Instant now) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("UPDATE dashboard_filters SET name = ?, filter_json = ?, is_default = ?,"
                    + " updated_at = ? WHERE user_id = ? AND id = ?");
            ps.setString(1, name);
            ps.setString(2, filterJson);
            ps.setBoolean(3, isDefault);
            JdbcValues.instant(ps, 4, now);
            ps.setLong(5, userId);
            ps.setLong(6, id);
            return ps;
        });
    }

    void delete(long userId, long id) {
        jdbc.update("DELETE FROM dashboard_filters WHERE user_id = ? AND id = ?", userId, id);
    }
}
