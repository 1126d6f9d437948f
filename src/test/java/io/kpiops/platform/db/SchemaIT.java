package io.kpiops.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kpiops.support.IntegrationTest;
import io.kpiops.support.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The migrated schema matches the entity mappings on every database. On MariaDB and PostgreSQL Hibernate's own
 * validation ran when this context started; on SQLite, whose type affinity makes that validation report false
 * mismatches, the equivalent check below compares every mapped column with the database's catalogue. On all three,
 * no NOT NULL column may be left unmapped (an insert would fail).
 */
@IntegrationTest
class SchemaIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    Environment env;

    record MappedColumn(String table, String column, boolean nullable, Class<?> javaType, boolean key) {}

    record DbColumn(String type, boolean nullable) {}

    @Test
    void hibernateValidatedTheSchemaOnServerDatabases() {
        assumeTrue(!TestDatabase.vendor().equals("sqlite"));
        assertThat(env.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    void everyMappedColumnExistsWithACompatibleTypeAndNullability() throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, DbColumn>> catalogue = catalogue();
        for (MappedColumn m : mappedColumns()) {
            DbColumn db = catalogue.getOrDefault(m.table(), Map.of()).get(m.column());
            if (db == null) {
                problems.add(m.table() + "." + m.column() + " is mapped but missing");
                continue;
            }
            // SQLite reports an INTEGER PRIMARY KEY as nullable, though it never holds NULL
            if (!m.nullable() && db.nullable() && !m.key()) {
                problems.add(m.table() + "." + m.column() + " is required in the mapping but nullable in the database");
            }
            if (!compatible(m.javaType(), db.type())) {
                problems.add(m.table() + "." + m.column() + ": " + m.javaType().getSimpleName() + " vs " + db.type());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noRequiredColumnIsLeftUnmapped() throws SQLException {
        Map<String, List<String>> mapped = new HashMap<>();
        mappedColumns().forEach(m -> mapped.computeIfAbsent(m.table(), t -> new ArrayList<>()).add(m.column()));
        List<String> unmapped = new ArrayList<>();
        catalogue().forEach((table, columns) -> {
            if (!mapped.containsKey(table)) {
                return; // tables used through JDBC only (e.g. revoked_access_tokens)
            }
            columns.forEach((column, info) -> {
                if (!info.nullable() && !mapped.get(table).contains(column)) {
                    unmapped.add(table + "." + column);
                }
            });
        });
        assertThat(unmapped).isEmpty();
    }

    @Test
    void sqliteRunsInWalModeWithForeignKeysAndABusyTimeout() throws SQLException {
        assumeTrue(TestDatabase.vendor().equals("sqlite"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThat(single(s, "PRAGMA journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(single(s, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(single(s, "PRAGMA busy_timeout"))).isGreaterThanOrEqualTo(5000);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private List<MappedColumn> mappedColumns() {
        SessionFactoryImplementor sf = emf.unwrap(SessionFactoryImplementor.class);
        List<MappedColumn> columns = new ArrayList<>();
        sf.getMappingMetamodel().forEachEntityDescriptor(p -> {
            AbstractEntityPersister e = (AbstractEntityPersister) p;
            String table = bare(e.getTableName());
            for (String id : e.getIdentifierColumnNames()) {
                columns.add(new MappedColumn(table, lower(id), false, e.getIdentifierType().getReturnedClass(), true));
            }
            String[] names = e.getPropertyNames();
            for (int i = 0; i < names.length; i++) {
                for (String col : e.getPropertyColumnNames(i)) {
                    columns.add(new MappedColumn(table, lower(col), e.getPropertyNullability()[i],
                            e.getPropertyTypes()[i].getReturnedClass(), false));
                }
            }
        });
        sf.getMappingMetamodel().forEachCollectionDescriptor(p -> {
            AbstractCollectionPersister c = (AbstractCollectionPersister) p;
            String table = bare(c.getTableName());
            for (String key : c.getKeyColumnNames()) {
                columns.add(new MappedColumn(table, lower(key), false, Long.class, false));
            }
            if (c.hasIndex()) {
                for (String index : c.getIndexColumnNames()) {
                    columns.add(new MappedColumn(table, lower(index), false, Integer.class, false));
                }
            }
            String[] elements = c.getElementColumnNames();
            if (c.getElementType() instanceof org.hibernate.type.ComponentType component
                    && component.getSubtypes().length == elements.length) {
                // an embeddable element: one column per component, each with its own type and nullability
                for (int i = 0; i < elements.length; i++) {
                    columns.add(new MappedColumn(table, lower(elements[i]), component.getPropertyNullability()[i],
                            component.getSubtypes()[i].getReturnedClass(), false));
                }
            } else {
                for (String element : elements) {
                    columns.add(new MappedColumn(table, lower(element), false, c.getElementType().getReturnedClass(), false));
                }
            }
        });
        return columns;
    }

    private Map<String, Map<String, DbColumn>> catalogue() throws SQLException {
        Map<String, Map<String, DbColumn>> tables = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            String schema = c.getSchema();
            String catalog = c.getCatalog();
            try (ResultSet rs = md.getColumns(catalog, schema, "%", "%")) {
                while (rs.next()) {
                    tables.computeIfAbsent(lower(rs.getString("TABLE_NAME")), t -> new HashMap<>())
                            .put(lower(rs.getString("COLUMN_NAME")), new DbColumn(rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT),
                                    rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
                }
            }
        }
        return tables;
    }

    /** A column type that can hold the Java type (by SQLite affinity rules, which the server types also satisfy). */
    private static boolean compatible(Class<?> java, String dbType) {
        if (java == Long.class || java == long.class || java == Integer.class || java == int.class) {
            return dbType.contains("INT") || dbType.contains("SERIAL");
        }
        if (java == Boolean.class || java == boolean.class) {
            return dbType.contains("BOOL") || dbType.contains("BIT") || dbType.contains("TINYINT");
        }
        if (java == java.time.Instant.class) {
            return dbType.contains("TIMESTAMP") || dbType.contains("DATETIME");
        }
        if (java == String.class || java.isEnum()) {
            return dbType.contains("CHAR") || dbType.contains("TEXT") || dbType.contains("CLOB");
        }
        return true;
    }

    private static String bare(String table) {
        int dot = table.lastIndexOf('.');
        return lower(dot < 0 ? table : table.substring(dot + 1));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
