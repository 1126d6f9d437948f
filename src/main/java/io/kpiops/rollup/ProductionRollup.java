package io.kpiops.rollup;

import io.kpiops.platform.db.DbVendor;
import io.kpiops.platform.db.JdbcValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code production_day_rollup} (V23, ADR 0018) in step with the production entries. Writers call {@link
 * #markStale} in their own transaction for every day whose entries or matched downtime they changed; {@link #refresh}
 * rebuilds the stale days of a window from the entries, and {@link #isFresh} tells a reader whether the roll-up may
 * answer for a window at all — a reader that finds a stale day reads the entries instead, so a missed rebuild costs
 * time, never a wrong number.
 * <p>
 * A rebuild first deletes the stale marks it will honour, then rebuilds those days from the entries, in one
 * transaction: a writer that commits after the marks were deleted left a mark of its own, so its day is rebuilt again
 * later; one that committed before is in the rebuild. No lock is needed beyond the rows'; on MariaDB the rebuild runs
 * READ COMMITTED, so each statement reads what is committed and takes no gap locks that writers could wait on.
 */
@Component
public class ProductionRollup {

    private static final Logger log = LoggerFactory.getLogger(ProductionRollup.class);
    /** Days per statement: few statement shapes, each well under any bind-parameter limit. */
    private static final int DAYS_PER_STATEMENT = 200;

    private static final String MARK = "INSERT INTO production_rollup_stale (client_id, shift_date) VALUES (?, ?)";
    private static final String MARK_ENTRY_DAYS = """
            INSERT INTO production_rollup_stale (client_id, shift_date)
            SELECT DISTINCT client_id, shift_date FROM production_entries
            WHERE client_id = ? AND shift_date BETWEEN ? AND ?""";
    private static final String STALE_DAYS = """
            SELECT DISTINCT shift_date FROM production_rollup_stale
            WHERE client_id = ? AND shift_date BETWEEN ? AND ?""";
    private static final String ANY_STALE = """
            SELECT shift_date FROM production_rollup_stale
            WHERE client_id = ? AND shift_date BETWEEN ? AND ? LIMIT 1""";
    private static final String STALE_CLIENTS = """
            SELECT client_id, MIN(shift_date) AS first_day, MAX(shift_date) AS last_day
            FROM production_rollup_stale GROUP BY client_id""";
    private static final String UNMARK = "DELETE FROM production_rollup_stale WHERE client_id = ? AND shift_date IN (";
    private static final String CLEAR = "DELETE FROM production_day_rollup WHERE client_id = ? AND shift_date IN (";

    /** The roll-up rows of some days of one client, from the entries (the classes as in the KPI statements). */
    private static final String BUILD = """
            INSERT INTO production_day_rollup (client_id, shift_date, shift_id, product_id, line_key, run_class,
                crew_class, entries, units, defects, run_centi, planned_minutes, setup_minutes, unplanned_minutes, crew,
                crew_planned_minutes, crew_setup_minutes)
            SELECT e.client_id, e.shift_date, e.shift_id, e.product_id, e.line_key, e.run_class, e.crew_class, COUNT(*),
                   SUM(e.units_produced), SUM(e.defect_count), SUM(e.run_centi), SUM(e.matched_planned_minutes),
                   SUM(e.matched_setup_minutes), SUM(e.matched_unplanned_minutes), SUM(e.crew),
                   SUM(e.crew * e.matched_planned_minutes), SUM(e.crew * e.matched_setup_minutes)
            FROM (SELECT p.client_id, p.shift_date, p.shift_id, p.product_id, p.units_produced, p.defect_count,
                         p.matched_planned_minutes, p.matched_setup_minutes, p.matched_unplanned_minutes,
                         CASE WHEN p.run_time_hours IS NOT NULL THEN 'G' WHEN p.matched_downtime_records > 0 THEN 'D'
                              ELSE 'P' END AS run_class,
                         CASE WHEN p.run_time_hours IS NOT NULL THEN ROUND(p.run_time_hours * 100) ELSE 0 END
                             AS run_centi,
                         CASE WHEN p.employees_assigned > 0 THEN 'A' WHEN p.employees_present > 0 THEN 'P' ELSE 'H' END
                             AS crew_class,
                         CASE WHEN p.employees_assigned > 0 THEN p.employees_assigned
                              WHEN p.employees_present > 0 THEN p.employees_present ELSE 0 END AS crew,
                         CASE WHEN p.employees_assigned > 0 OR p.employees_present > 0 THEN 0
                              ELSE COALESCE(p.line_id, 0) END AS line_key
                  FROM production_entries p
                  WHERE p.client_id = ? AND p.deleted_at IS NULL AND p.shift_date IN (%s)) e
            GROUP BY e.client_id, e.shift_date, e.shift_id, e.product_id, e.line_key, e.run_class, e.crew_class""";

    private final JdbcTemplate jdbc;
    private final JdbcValues values;
    private final TransactionTemplate tx;

    ProductionRollup(JdbcTemplate jdbc, JdbcValues values, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.values = values;
        this.tx = new TransactionTemplate(transactions);
        if (values.vendor() == DbVendor.MARIADB) {
            tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        }
    }

    /** Marks days of one client stale, in the caller's transaction (the one that changed their entries). */
    public void markStale(long clientId, Collection<LocalDate> days) {
        List<LocalDate> distinct = new ArrayList<>(new TreeSet<>(days));
        if (distinct.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(MARK, distinct, DAYS_PER_STATEMENT, (ps, day) -> {
            ps.setLong(1, clientId);
            values.date(ps, 2, day);
        });
    }

    /** Marks stale every day of one client in [from, to] that holds an entry (data written in bulk). */
    public void markStale(long clientId, LocalDate from, LocalDate to) {
        jdbc.update(MARK_ENTRY_DAYS, ps -> {
            ps.setLong(1, clientId);
            values.date(ps, 2, from);
            values.date(ps, 3, to);
        });
    }

    /** Whether the roll-up holds every day of one client's window as the entries are (no day of it is stale). */
    public boolean isFresh(long clientId, LocalDate from, LocalDate to) {
        return jdbc.query(ANY_STALE, ps -> {
            ps.setLong(1, clientId);
            values.date(ps, 2, from);
            values.date(ps, 3, to);
        }, rs -> !rs.next());
    }

    /**
     * Rebuilds the stale days of one client's window, in a transaction of its own. Outside any transaction only: a
     * caller's transaction would not see the rebuild (its snapshot is older), and on SQLite a second writer inside a
     * writing transaction would wait for itself — such a caller reads the entries instead (see {@link #isFresh}).
     */
    public void refresh(long clientId, LocalDate from, LocalDate to) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        try {
            if (!isFresh(clientId, from, to)) {
                tx.executeWithoutResult(status -> rebuild(clientId, from, to));
            }
        } catch (DataAccessException | TransactionException e) {
            // the rebuild rolled back with its marks: readers find the days stale and read the entries, and the next
            // trend or periodic pass tries again
            log.warn("Rebuilding the production roll-up of client {} from {} to {} failed: {}", clientId, from, to,
                    e.toString());
        }
    }

    /** {@link #refresh(long, LocalDate, LocalDate)} for each client of a read, before its transaction begins. */
    public void refresh(Collection<Long> clients, LocalDate from, LocalDate to) {
        clients.forEach(client -> refresh(client, from, to));
    }

    /** Rebuilds every stale day, a client at a time (days that no trend has asked for since they changed). */
    @Scheduled(fixedDelayString = "${kpi.rollup.refresh-every}", initialDelayString = "PT1M")
    public void refreshAll() {
        List<Object[]> clients = jdbc.query(STALE_CLIENTS, (rs, i) -> new Object[] {rs.getLong("client_id"),
                day(rs.getString("first_day")), day(rs.getString("last_day"))});
        for (Object[] c : clients) {
            refresh((Long) c[0], (LocalDate) c[1], (LocalDate) c[2]);
        }
    }

    private void rebuild(long clientId, LocalDate from, LocalDate to) {
        List<LocalDate> days = jdbc.query(STALE_DAYS, ps -> {
            ps.setLong(1, clientId);
            values.date(ps, 2, from);
            values.date(ps, 3, to);
        }, (rs, i) -> day(rs.getString(1)));
        for (int start = 0; start < days.size(); start += DAYS_PER_STATEMENT) {
            List<LocalDate> chunk = days.subList(start, Math.min(days.size(), start + DAYS_PER_STATEMENT));
            String in = "?,".repeat(chunk.size() - 1) + "?";
            // the marks first: a mark committed after this statement stays and its day is rebuilt again later
            if (update(UNMARK + in + ")", clientId, chunk) == 0) {
                continue; // another rebuild took these marks and has rebuilt the days
            }
            update(CLEAR + in + ")", clientId, chunk);
            update(BUILD.formatted(in), clientId, chunk);
        }
    }

    private int update(String sql, long clientId, List<LocalDate> days) {
        return jdbc.update(sql, ps -> {
            ps.setLong(1, clientId);
            for (int i = 0; i < days.size(); i++) {
                values.date(ps, i + 2, days.get(i));
            }
        });
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text.substring(0, 10));
    }
}
