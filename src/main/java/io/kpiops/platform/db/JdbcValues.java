package io.kpiops.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Binds values for plain JDBC statements (bulk paths) exactly as Hibernate binds them for the entities, so rows
 * written either way read back the same: instants as UTC timestamps (epoch milliseconds on SQLite), nulls typed, and
 * calendar days as DATE — ISO text on SQLite (ADR 0007), which is why {@link #date} needs the bean.
 */
@Component
public class JdbcValues {

    private static final ThreadLocal<Calendar> UTC = ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.getTimeZone("UTC")));

    private final DbVendor vendor;

    JdbcValues(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            this.vendor = DbVendor.fromUrl(c.getMetaData().getURL());
        }
    }

    public DbVendor vendor() {
        return vendor;
    }

    public void date(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, vendor == DbVendor.SQLITE ? Types.VARCHAR : Types.DATE);
        } else if (vendor == DbVendor.SQLITE) {
            ps.setString(index, value.toString());
        } else {
            ps.setDate(index, java.sql.Date.valueOf(value));
        }
    }

    public static void instant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(value), UTC.get());
        }
    }

    /** Reads an instant written by {@link #instant(PreparedStatement, int, Instant)} or by Hibernate. */
    public static Instant instant(java.sql.ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, UTC.get());
        return t == null ? null : t.toInstant();
    }

    public static void nullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        nullable(ps, index, value, Types.BIGINT);
    }

    public static void nullableInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        nullable(ps, index, value, Types.INTEGER);
    }

    /** Any value that may be absent (strings, decimals …), bound with its SQL type. */
    public static void nullable(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else {
            ps.setObject(index, value, sqlType);
        }
    }
}
