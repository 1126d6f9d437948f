package io.kpiops.imports;

import io.kpiops.platform.web.FieldError;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of imports, in {@code import_rows}, written and read with plain JDBC in batches (an import may have
 * 100 000 of them). Callers reach rows only through an import they loaded through the tenant-filtered repository.
 */
@Repository
class ImportRowStore {

    /** Which rows a page shows. */
    enum Filter {
        ALL(""), VALID(" and row_errors is null"), REJECTED(" and row_errors is not null");

        final String sql;

        Filter(String sql) {
            this.sql = sql;
        }
    }

    private static final String COLUMNS = "select row_no, row_values, read_errors, row_errors from import_rows where import_id = ?";

    private final JdbcTemplate jdbc;
    private final ObjectReader valuesReader;
    private final ObjectReader errorsReader;
    private final ObjectWriter writer;

    ImportRowStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.valuesReader = json.readerFor(new TypeReference<LinkedHashMap<String, String>>() {});
        this.errorsReader = json.readerFor(new TypeReference<List<FieldError>>() {});
        this.writer = json.writer();
    }

    void insert(long importId, List<StoredRow> rows) {
        jdbc.batchUpdate("insert into import_rows (import_id, row_no, row_values, read_errors, row_errors) values (?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, r) -> {
                    ps.setLong(1, importId);
                    ps.setInt(2, r.rowNumber());
                    bindRow(ps, 3, r);
                });
    }

    /** Stores a row's values and errors again (after a fix). */
    void update(long importId, StoredRow row) {
        jdbc.update("update import_rows set row_values = ?, read_errors = ?, row_errors = ? where import_id = ? and row_no = ?", ps -> {
            bindRow(ps, 1, row);
            ps.setLong(4, importId);
            ps.setInt(5, row.rowNumber());
        });
    }

    /** Stores new errors of rows whose values did not change (after re-validation). */
    void updateErrors(long importId, List<StoredRow> rows) {
        jdbc.batchUpdate("update import_rows set row_errors = ? where import_id = ? and row_no = ?", rows, rows.size(), (ps, r) -> {
            ps.setString(1, errorsJson(r.errors()));
            ps.setLong(2, importId);
            ps.setInt(3, r.rowNumber());
        });
    }

    List<StoredRow> page(long importId, Filter filter, long offset, int limit) {
        return jdbc.query(COLUMNS + filter.sql + " order by row_no limit ? offset ?", this::row, importId, limit, offset);
    }

    /** The next rows after a row number, in order (for passes over a whole import). */
    List<StoredRow> after(long importId, Filter filter, int afterRow, int limit) {
        return jdbc.query(COLUMNS + filter.sql + " and row_no > ? order by row_no limit ?", this::row, importId, afterRow, limit);
    }

    Optional<StoredRow> find(long importId, int rowNumber) {
        return jdbc.query(COLUMNS + " and row_no = ?", this::row, importId, rowNumber).stream().findFirst();
    }

    void deleteAll(long importId) {
        jdbc.update("delete from import_rows where import_id = ?", importId);
    }

    private void bindRow(PreparedStatement ps, int from, StoredRow r) throws SQLException {
        ps.setString(from, writer.writeValueAsString(r.values()));
        ps.setString(from + 1, r.readErrors().isEmpty() ? null : writer.writeValueAsString(r.readErrors()));
        ps.setString(from + 2, errorsJson(r.errors()));
    }

    private String errorsJson(List<FieldError> errors) {
        return errors.isEmpty() ? null : writer.writeValueAsString(errors);
    }

    private StoredRow row(ResultSet rs, int n) throws SQLException {
        Map<String, String> values = valuesReader.readValue(rs.getString(2));
        return new StoredRow(rs.getInt(1), values, errors(rs.getString(3)), errors(rs.getString(4)));
    }

    private List<FieldError> errors(String json) {
        return json == null ? List.of() : List.copyOf(errorsReader.<List<FieldError>>readValue(json));
    }
}
