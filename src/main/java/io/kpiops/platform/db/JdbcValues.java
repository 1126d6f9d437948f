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
 * Binds values in plain-JDBC batch writes exactly as Hibernate stores them, so rows written in bulk read back through
 * the entities unchanged: instants as UTC timestamps (epoch milliseconds on SQLite), calendar days as DATE (ISO text on
 * SQLite, see ADR 0007), nulls typed. The static helpers need no vendor; the instance ones (a bean) know it.
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

    public static void instant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(value), UTC.get());
        }
    }

    public static void nullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    public static void nullableInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        instant(ps, index, value);
    }

    public void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, vendor == DbVendor.SQLITE ? Types.VARCHAR : Types.DATE);
        } else if (vendor == DbVendor.SQLITE) {
            ps.setString(index, value.toString());
        } else {
            ps.setDate(index, java.sql.Date.valueOf(value));
        }
    }

    /** Integers and decimals that may be absent. */
    public void setObject(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else {
            ps.setObject(index, value, sqlType);
        }
    }
}
