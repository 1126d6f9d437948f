package io.kpiops.reports.subscriptions;

import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * db-scheduler's generic SQL with SQLite's row limit: SQLite has no {@code FETCH FIRST n ROWS ONLY}. Timestamps are
 * kept in UTC on every database, as Hibernate keeps them ({@code hibernate.jdbc.time_zone=UTC}).
 */
class SqliteJdbcCustomization extends DefaultJdbcCustomization {

    SqliteJdbcCustomization() {
        super(true);
    }

    @Override
    public String getQueryLimitPart(int limit) {
        return " LIMIT " + limit;
    }

    @Override
    public String getName() {
        return "SQLite";
    }

    /** SQLite gets this class; MariaDB and PostgreSQL db-scheduler's own overrides. */
    static JdbcCustomization forDatabase(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if ("SQLite".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
                return new SqliteJdbcCustomization();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect the database for the report scheduler", e);
        }
        return new AutodetectJdbcCustomization(dataSource, true);
    }
}
