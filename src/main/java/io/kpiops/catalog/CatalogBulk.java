package io.kpiops.catalog;

import io.kpiops.platform.audit.AuditLog;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The bulk path of imports into the catalog: plain JDBC in batches (an import writes up to 100 000 records, one
 * entity save and one audit save per record would take minutes), with the same rules checked beforehand by
 * {@link ProductRules}/{@link EmployeeRules} and one audit row per changed record written in batches too. Every query
 * is restricted to the client the import session was opened for (the tenant filter does not apply to JDBC).
 */
@Component
class CatalogBulk {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CatalogBulk(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** Rows of a client's table keyed by their code column (the query's first parameter is the client). */
    <T> Map<String, T> byCode(String sql, long clientId, RowMapper<T> mapper) {
        Map<String, T> result = new HashMap<>();
        jdbc.query(sql, rs -> {
            result.put(rs.getString("code"), mapper.mapRow(rs, 0));
        }, clientId);
        return result;
    }

    <T> void batch(String sql, List<T> items, ParameterizedPreparedStatementSetter<T> setter) {
        if (!items.isEmpty()) {
            jdbc.batchUpdate(sql, items, items.size(), setter);
        }
    }

    /** The ids of all of a client's records by code, in a table with (client_id, code) unique. */
    Map<String, Long> ids(String table, long clientId) {
        return byCode("select id, code from " + table + " where client_id = ?", clientId, (rs, n) -> rs.getLong("id"));
    }

    void audit(List<AuditLog.Change> changes) {
        audit.recordAll(changes);
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A decimal in its shortest plain form (0.002500 → 0.0025, 10 stays 10), so that equal values compare equal. */
    static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
