package io.kpiops.reports.subscriptions;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler wired by hand (ADR 0011: its Spring Boot starter targets Boot 3's auto-configuration classes). The
 * client joins the caller's Spring transaction, so a subscription and its scheduled execution are saved together; the
 * polling scheduler runs on every node unless {@code kpi.reports.scheduler.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfig {

    @Bean
    SchedulerClient reportSchedulerClient(DataSource dataSource, ScheduledDeliveries deliveries) {
        DataSource tx = new TransactionAwareDataSourceProxy(dataSource);
        return SchedulerClient.Builder.create(tx, deliveries.task())
                .jdbcCustomization(SqliteJdbcCustomization.forDatabase(tx)).build();
    }

    @Bean
    ReportScheduler reportScheduler(DataSource dataSource, ScheduledDeliveries deliveries,
            @Value("${kpi.reports.scheduler.enabled:true}") boolean enabled,
            @Value("${kpi.reports.scheduler.poll-interval:PT10S}") Duration pollInterval) {
        return new ReportScheduler(enabled ? build(dataSource, deliveries, pollInterval, null) : null);
    }

    /** A polling scheduler on the given database (also used by the test that runs two "nodes" side by side). */
    static Scheduler build(DataSource dataSource, ScheduledDeliveries deliveries, Duration pollInterval, String name) {
        DataSource tx = new TransactionAwareDataSourceProxy(dataSource);
        var builder = Scheduler.create(tx, deliveries.task())
                .jdbcCustomization(SqliteJdbcCustomization.forDatabase(tx))
                .threads(2)
                .pollingInterval(pollInterval)
                .shutdownMaxWait(Duration.ofSeconds(30));
        if (name != null) {
            builder.schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(name));
        }
        return builder.build();
    }

    /** Starts polling once the application is up (after Flyway) and stops, letting running deliveries finish, on shutdown. */
    static final class ReportScheduler implements SmartLifecycle {

        private final Scheduler scheduler;
        private volatile boolean running;

        ReportScheduler(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public void start() {
            if (scheduler != null) {
                scheduler.start();
            }
            running = true;
        }

        @Override
        public void stop() {
            if (scheduler != null) {
                scheduler.stop();
            }
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }
}
