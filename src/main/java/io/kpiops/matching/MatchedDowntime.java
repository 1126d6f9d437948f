package io.kpiops.matching;

import io.kpiops.catalog.DowntimeReasonReclassified;
import io.kpiops.platform.db.JdbcValues;
import io.kpiops.rollup.ProductionRollup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each production entry's matched downtime (columns {@code matched_downtime_records}, {@code
 * matched_planned_minutes}, {@code matched_setup_minutes}, {@code matched_unplanned_minutes}) right: the one place
 * that knows which downtime records belong to which entry. A record belongs to the entries of its production day and
 * shift with the same work order — only to that order's entry on its line when it names a line as well, unless the
 * entry has no line — or, when it has no work order, to the entries on its line (whatever their order). Deleted
 * records match nothing. Minutes are kept per reason class: planned (not setup), setup / changeover, and unplanned
 * (not setup); whether setup counts as planned is the client's setting, decided when the KPIs are read.
 * <p>
 * An entry's match depends only on its own day, shift, line and order and on the downtime of its slice, so a
 * downtime write recomputes the slices it touched — before and after, for a record that moved — in the caller's
 * transaction: one UPDATE of the slice's entries, run as one JDBC batch for many slices; a production write recomputes
 * only the entries it wrote (a slice may hold thousands). Entries are recomputed whether deleted or not.
 * Migration V16 filled the columns of the entries recorded before them with the same statement.
 */
@Component
public class MatchedDowntime {

    /** Downtime record {@code d} names the work order of the production entry being updated (and fits its line). */
    private static final String BY_ORDER = """
            d.client_id = production_entries.client_id AND d.work_order_id = production_entries.work_order_id
              AND d.shift_date = production_entries.shift_date AND d.shift_id = production_entries.shift_id
              AND d.deleted_at IS NULL
              AND (d.line_id = production_entries.line_id OR d.line_id IS NULL OR production_entries.line_id IS NULL)""";

    /** Downtime record {@code d} has no work order and names the line of the production entry being updated. */
    private static final String BY_LINE = """
            d.client_id = production_entries.client_id AND d.line_id = production_entries.line_id
              AND d.shift_date = production_entries.shift_date AND d.shift_id = production_entries.shift_id
              AND d.deleted_at IS NULL AND d.work_order_id IS NULL""";

    /**
     * The matched records' count, or minutes of one reason class: the two ways to match are summed apart, so each
     * reads a few rows of an index (client, order, day) or (client, line, day) instead of the day's downtime.
     */
    private static String matched(String reasonClass) {
        if (reasonClass == null) {
            return "(SELECT COUNT(*) FROM downtime_entries d WHERE " + BY_ORDER + ")\n + (SELECT COUNT(*) FROM "
                    + "downtime_entries d WHERE " + BY_LINE + ")";
        }
        String sum = "SELECT COALESCE(SUM(d.duration_minutes), 0) FROM downtime_entries d JOIN downtime_reasons r "
                + "ON r.id = d.reason_id WHERE ";
        return "(" + sum + BY_ORDER + " AND " + reasonClass + ")\n + (" + sum + BY_LINE + " AND " + reasonClass + ")";
    }

    /** Recomputes the matched columns of the entries the WHERE clause (appended) selects. */
    private static final String UPDATE = "UPDATE production_entries SET\nmatched_downtime_records = " + matched(null)
            + ",\nmatched_planned_minutes = " + matched("r.setup = FALSE AND r.planned = TRUE")
            + ",\nmatched_setup_minutes = " + matched("r.setup = TRUE")
            + ",\nmatched_unplanned_minutes = " + matched("r.setup = FALSE AND r.planned = FALSE") + "\n";

    private static final String SLICE = UPDATE + "WHERE client_id = ? AND shift_date = ? AND shift_id = ?";
    private static final String ENTRIES = UPDATE + "WHERE id IN (";
    /** Entries per UPDATE of {@link #entries}: few statement shapes, each well under any bind-parameter limit. */
    private static final int IDS_PER_STATEMENT = 200;
    private static final String DAYS = UPDATE + "WHERE client_id = ? AND shift_date BETWEEN ? AND ?";
    /** The slices that hold a record (deleted or not) of one reason. */
    private static final String REASON = UPDATE + """
            WHERE client_id = ? AND EXISTS (SELECT 1 FROM downtime_entries d WHERE d.client_id = production_entries.client_id
              AND d.shift_date = production_entries.shift_date AND d.shift_id = production_entries.shift_id
              AND d.reason_id = ?)""";

    /** The production days of one client that hold a record (deleted or not) of one reason. */
    private static final String REASON_DAYS =
            "SELECT DISTINCT shift_date FROM downtime_entries WHERE client_id = ? AND reason_id = ?";

    private final JdbcTemplate jdbc;
    private final JdbcValues values;
    private final ProductionRollup rollup;

    MatchedDowntime(JdbcTemplate jdbc, JdbcValues values, ProductionRollup rollup) {
        this.jdbc = jdbc;
        this.values = values;
        this.rollup = rollup;
    }

    /**
     * Recomputes the entries of the slices (each once, whatever the repeats), and marks their days stale in the daily
     * roll-up, whose sums hold the entries' matched minutes.
     */
    public void recompute(Collection<Slice> slices) {
        List<Slice> distinct = new ArrayList<>(new LinkedHashSet<>(slices));
        if (distinct.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(SLICE, distinct, 500, (ps, s) -> {
            ps.setLong(1, s.clientId());
            values.date(ps, 2, s.shiftDate());
            ps.setLong(3, s.shiftId());
        });
        Map<Long, List<LocalDate>> days = distinct.stream().collect(Collectors.groupingBy(Slice::clientId,
                Collectors.mapping(Slice::shiftDate, Collectors.toList())));
        days.forEach(rollup::markStale);
    }

    /** Recomputes the production entries with these ids (those a production write has just written). */
    public void entries(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            jdbc.update(ENTRIES + "?,".repeat(chunk.size() - 1) + "?)", chunk.toArray());
        }
    }

    /** Recomputes every entry of one client in [from, to] (data loaded in bulk); their days become stale. */
    public void recomputeDays(long clientId, LocalDate from, LocalDate to) {
        jdbc.update(DAYS, ps -> {
            ps.setLong(1, clientId);
            values.date(ps, 2, from);
            values.date(ps, 3, to);
        });
        rollup.markStale(clientId, from, to);
    }

    /** A reason that changed class moves its records' minutes between classes in every slice that holds one. */
    @EventListener
    void reclassified(DowntimeReasonReclassified event) {
        jdbc.update(REASON, event.clientId(), event.reasonId());
        rollup.markStale(event.clientId(), jdbc.query(REASON_DAYS,
                (rs, i) -> LocalDate.parse(rs.getString(1).substring(0, 10)), event.clientId(), event.reasonId()));
    }
}
