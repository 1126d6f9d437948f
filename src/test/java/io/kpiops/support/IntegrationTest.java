package io.kpiops.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test class that runs the whole application on a random port against a fresh database of the vendor under test
 * (see {@link TestDatabase}); on MariaDB and PostgreSQL Hibernate validates the migrated schema against the mappings
 * at start-up. The administrator "admin" exists with {@link Api#ADMIN_PASSWORD}; no demo data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "kpi.demo-data=false",
    "kpi.admin-password=" + Api.ADMIN_PASSWORD,
    "kpi.jwt-secret=integration-test-secret-of-at-least-32-bytes",
    "kpi.auth-rate-limit-per-minute=100000",
    "kpi.cookie-secure=false",
    "spring.main.banner-mode=off",
    "logging.level.root=WARN"
})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface IntegrationTest {}
