package io.kpiops.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database for one test class, on the vendor named by the system property {@code kpi.test.db}
 * (sqlite by default; mariadb and postgres use KPI_TEST_MARIADB_URL / KPI_TEST_POSTGRES_URL with their _USER and
 * _PASSWORD). MariaDB gets a database of its own, PostgreSQL a schema of its own, SQLite a temporary file.
 */
public final class TestDatabase implements AutoCloseable {

    public final String vendor;
    public final String url;
    public final String user;
    public final String password;
    public final Map<String, String> springProperties = new HashMap<>();
    private final Runnable drop;

    private TestDatabase(String vendor, String url, String user, String password, Runnable drop) {
        this.vendor = vendor;
        this.url = url;
        this.user = user;
        this.password = password;
        this.drop = drop;
        springProperties.put("spring.datasource.url", url);
        springProperties.put("spring.datasource.username", user);
        springProperties.put("spring.datasource.password", password);
    }

    public static String vendor() {
        return System.getProperty("kpi.test.db", "sqlite").toLowerCase(Locale.ROOT);
    }

    public static TestDatabase create() {
        String name = "kpi_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return switch (vendor()) {
            case "mariadb" -> mariadb(name);
            case "postgres" -> postgres(name);
            default -> sqlite(name);
        };
    }

    private static TestDatabase sqlite(String name) {
        try {
            Path dir = Files.createTempDirectory("kpi-test-");
            Path file = dir.resolve(name + ".db");
            return new TestDatabase("sqlite", "jdbc:sqlite:" + file, "", "", () -> {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (java.io.IOException ignored) {
                    // a temp folder left behind is harmless
                }
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestDatabase mariadb(String name) {
        String base = env("KPI_TEST_MARIADB_URL");
        String user = System.getenv().getOrDefault("KPI_TEST_MARIADB_USER", "root");
        String password = System.getenv().getOrDefault("KPI_TEST_MARIADB_PASSWORD", "");
        execute(base, user, password, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = replaceDatabase(base, name);
        TestDatabase db = new TestDatabase("mariadb", url, user, password,
                () -> execute(base, user, password, "DROP DATABASE IF EXISTS " + name));
        db.springProperties.put("spring.jpa.hibernate.ddl-auto", "validate");
        return db;
    }

    private static TestDatabase postgres(String name) {
        String base = env("KPI_TEST_POSTGRES_URL");
        String user = System.getenv().getOrDefault("KPI_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("KPI_TEST_POSTGRES_PASSWORD", "");
        execute(base, user, password, "CREATE SCHEMA " + name);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
        TestDatabase db = new TestDatabase("postgres", url, user, password,
                () -> execute(base, user, password, "DROP SCHEMA IF EXISTS " + name + " CASCADE"));
        db.springProperties.put("spring.flyway.default-schema", name);
        db.springProperties.put("spring.flyway.schemas", name);
        db.springProperties.put("spring.jpa.properties.hibernate.default_schema", name);
        db.springProperties.put("spring.jpa.hibernate.ddl-auto", "validate");
        return db;
    }

    /** jdbc:mariadb://host:port/db?params → same with another database. */
    static String replaceDatabase(String url, String database) {
        int q = url.indexOf('?');
        String head = q < 0 ? url : url.substring(0, q);
        String params = q < 0 ? "" : url.substring(q);
        int slash = head.indexOf('/', head.indexOf("//") + 2);
        return (slash < 0 ? head : head.substring(0, slash)) + "/" + database + params;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set to run the tests on " + vendor());
        }
        return value;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (Boolean.getBoolean("kpi.test.keep")) {
            System.out.println("kept test database: " + url); // -Dkpi.test.keep=true, to study a benchmark's data
            return;
        }
        drop.run();
    }
}
