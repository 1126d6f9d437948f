package io.kpiops.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives everything that depends on the database vendor from the JDBC URL, before any bean exists: SQLite pragmas
 * (WAL, foreign keys, busy timeout) and its data folder, the Hibernate dialect, and the Flyway placeholders that let
 * one set of migrations serve SQLite, MariaDB and PostgreSQL.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String URL = "spring.datasource.url";
    static final String POOL_SIZE = "spring.datasource.hikari.maximum-pool-size";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        configure(env);
    }

    /** Derives the vendor settings from the URL now in force (also used by tests that swap the URL in later). */
    public static void configure(ConfigurableEnvironment env) {
        String url = env.getProperty(URL);
        if (url == null || url.isBlank()) {
            return;
        }
        DbVendor vendor = DbVendor.fromUrl(url);
        Map<String, Object> props = new HashMap<>();
        if (vendor == DbVendor.SQLITE) {
            String tuned = withSqlitePragmas(url);
            createParentFolder(tuned);
            props.put(URL, tuned);
            props.put("spring.jpa.database-platform", SqliteDialect.class.getName());
            // One writer at a time is SQLite's model; a small pool plus busy_timeout keeps writers queued, not failing.
            if (env.getProperty(POOL_SIZE) == null) {
                props.put(POOL_SIZE, "4");
            }
        }
        vendor.placeholders().forEach((k, v) -> props.put("spring.flyway.placeholders." + k, v));
        env.getPropertySources().addFirst(new MapPropertySource("kpiDatabase", props));
    }

    static String withSqlitePragmas(String url) {
        StringBuilder sb = new StringBuilder(url);
        char sep = url.contains("?") ? '&' : '?';
        for (String pragma : new String[] {"journal_mode=WAL", "foreign_keys=true", "busy_timeout=10000", "synchronous=NORMAL",
            // Writers take the lock when their transaction begins, so a read-then-write transaction waits for another
            // writer instead of failing with SQLITE_BUSY_SNAPSHOT.
            "transaction_mode=IMMEDIATE"}) {
            String key = pragma.substring(0, pragma.indexOf('=') + 1);
            if (!url.contains(key)) {
                sb.append(sep).append(pragma);
                sep = '&';
            }
        }
        return sb.toString();
    }

    private static void createParentFolder(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        if (q >= 0) {
            file = file.substring(0, q);
        }
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        if (file.isBlank() || file.startsWith(":memory:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + parent, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
