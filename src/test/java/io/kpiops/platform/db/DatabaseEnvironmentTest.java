package io.kpiops.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DatabaseEnvironmentTest {

    @Test
    void addsTheSqlitePragmasOnce() {
        String url = DatabaseEnvironment.withSqlitePragmas("jdbc:sqlite:./data/x.db");
        assertThat(url).isEqualTo("jdbc:sqlite:./data/x.db?journal_mode=WAL&foreign_keys=true&busy_timeout=10000"
                + "&synchronous=NORMAL&transaction_mode=IMMEDIATE");
        assertThat(DatabaseEnvironment.withSqlitePragmas("jdbc:sqlite:x.db?busy_timeout=1"))
                .startsWith("jdbc:sqlite:x.db?busy_timeout=1&journal_mode=WAL").doesNotContain("busy_timeout=10000");
    }

    @Test
    void sqliteGetsASmallPoolUnlessOneIsConfigured() {
        StandardEnvironment plain = sqlite(Map.of());
        DatabaseEnvironment.configure(plain);
        assertThat(plain.getProperty(DatabaseEnvironment.POOL_SIZE)).isEqualTo("4");

        StandardEnvironment configured = sqlite(Map.of(DatabaseEnvironment.POOL_SIZE, "1"));
        DatabaseEnvironment.configure(configured);
        assertThat(configured.getProperty(DatabaseEnvironment.POOL_SIZE)).isEqualTo("1");
    }

    private static StandardEnvironment sqlite(Map<String, Object> extra) {
        StandardEnvironment env = new StandardEnvironment();
        Map<String, Object> props = new java.util.HashMap<>(extra);
        props.put(DatabaseEnvironment.URL, "jdbc:sqlite::memory:");
        env.getPropertySources().addFirst(new MapPropertySource("given", props));
        return env;
    }

    @Test
    void recognisesTheThreeVendorsAndRefusesOthers() {
        assertThat(DbVendor.fromUrl("jdbc:sqlite:x.db")).isEqualTo(DbVendor.SQLITE);
        assertThat(DbVendor.fromUrl("jdbc:mariadb://h/db")).isEqualTo(DbVendor.MARIADB);
        assertThat(DbVendor.fromUrl("jdbc:mysql://h/db")).isEqualTo(DbVendor.MARIADB);
        assertThat(DbVendor.fromUrl("jdbc:postgresql://h/db")).isEqualTo(DbVendor.POSTGRES);
        assertThatThrownBy(() -> DbVendor.fromUrl("jdbc:h2:mem:x")).hasMessageContaining("Unsupported database URL");
    }

    @Test
    void everyVendorFillsEveryPlaceholder() {
        for (DbVendor v : DbVendor.values()) {
            assertThat(v.placeholders()).containsOnlyKeys("id_pk", "ts", "text", "bool", "blob");
        }
    }
}
