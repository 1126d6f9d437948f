package io.kpiops.platform.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts many rows with one statement and returns their generated ids in row order, for bulk paths (imports, demo
 * data) whose records need their ids right away (child rows, audit entries). Runs in the caller's transaction.
 *
 * <p>MariaDB and PostgreSQL return the keys of a JDBC batch, so rows go in batches of 1000. The SQLite driver returns
 * no keys for a batch; there each row is executed on its own, which costs little on an in-process database.
 */
@Component
public class KeyedInserts {

    private static final int BATCH = 1000;

    /** Binds one row's values to the statement's parameters. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private final JdbcTemplate jdbc;
    private final DbVendor vendor;

    KeyedInserts(JdbcTemplate jdbc, JdbcValues values) {
        this.jdbc = jdbc;
        this.vendor = values.vendor();
    }

    /** Runs {@code insert} (an INSERT into a table whose key column is {@code id}) once per row; the ids in row order. */
    public <T> List<Long> insert(String insert, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((ConnectionCallback<List<Long>>) c -> {
            List<Long> ids = new ArrayList<>(rows.size());
            try (PreparedStatement ps = c.prepareStatement(insert, new String[] {"id"})) {
                if (vendor == DbVendor.SQLITE) {
                    for (T row : rows) {
                        binder.bind(ps, row);
                        ps.executeUpdate();
                        readKeys(ps, ids);
                    }
                } else {
                    for (int from = 0; from < rows.size(); from += BATCH) {
                        for (T row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                            binder.bind(ps, row);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                        readKeys(ps, ids);
                    }
                }
            }
            if (ids.size() != rows.size()) {
                throw new IllegalStateException("expected " + rows.size() + " generated ids, the driver returned " + ids.size());
            }
            return ids;
        });
    }

    private static void readKeys(PreparedStatement ps, List<Long> into) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            while (keys.next()) {
                into.add(keys.getLong(1));
            }
        }
    }
}
