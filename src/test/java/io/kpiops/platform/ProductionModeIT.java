package io.kpiops.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kpiops.KpiApplication;
import io.kpiops.support.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** KPI_PROFILE=prod refuses to start without a strong JWT secret and never creates demo data. */
class ProductionModeIT {

    private static ConfigurableApplicationContext start(TestDatabase db, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(db.springProperties);
        props.put("server.port", "0");
        props.put("kpi.profile", "prod");
        props.put("spring.profiles.active", "prod");
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "WARN");
        props.putAll(extra);
        // command-line arguments outrank application.yml, as the KPI_* environment variables do
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(KpiApplication.class).run(args);
    }

    @Test
    void refusesToStartWithoutAJwtSecret() {
        try (TestDatabase db = TestDatabase.create()) {
            assertThatThrownBy(() -> start(db, Map.of("kpi.jwt-secret", "")).close())
                    .hasStackTraceContaining("KPI_JWT_SECRET is required when KPI_PROFILE=prod");
        }
    }

    @Test
    void refusesAShortJwtSecret() {
        try (TestDatabase db = TestDatabase.create()) {
            assertThatThrownBy(() -> start(db, Map.of("kpi.jwt-secret", "too-short")).close())
                    .hasStackTraceContaining("at least 32 bytes");
        }
    }

    @Test
    void createsNoDemoDataButTheFirstAdminFromTheEnvironment() {
        try (TestDatabase db = TestDatabase.create();
                ConfigurableApplicationContext ctx = start(db, Map.of(
                        "kpi.jwt-secret", "a-production-secret-that-is-long-enough",
                        "kpi.demo-data", "true",
                        "kpi.admin-password", "First!Admin26"))) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from clients").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select username from users").query(String.class).list()).containsExactly("admin");
        }
    }
}
