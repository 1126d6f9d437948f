package io.kpiops.reports.subscriptions;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.kpiops.support.Api;
import io.kpiops.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The scheduled path on the real database: scheduler "nodes" are db-scheduler instances built here on the application's
 * data source (the application's own is switched off so that the test decides who polls).
 */
@IntegrationTest
@Import(TestReportRenderer.class) // test-only renderer: drop when the real one is merged
class ReportSchedulingIT {

    static GreenMail mail = SubscriptionFixture.startMailServer();
    static final int SMTP_PORT = mail.getSmtp().getPort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SubscriptionFixture.smtp(registry, mail);
        registry.add("kpi.reports.scheduler.enabled", () -> "false");
    }

    @AfterAll
    static void stopMail() {
        mail.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    ScheduledDeliveries deliveries;
    @Autowired
    SchedulerClient client;

    Api api;
    String leader;
    long plant;
    final List<Scheduler> nodes = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        mail.purgeEmailFromAllMailboxes();
        api = new Api(port);
        String admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        plant = api.createClient(admin, "SC" + n);
        api.createUser(admin, "sched" + n, "leader", "Leader!Plant26", plant);
        leader = api.token("sched" + n, "Leader!Plant26");
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(Scheduler::stop);
        nodes.clear();
    }

    @Test
    void twoNodesPollingTheSameDatabaseRunEachDueSubscriptionExactlyOnce() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(SubscriptionFixture.create(api, leader, SubscriptionFixture.body(plant, "plant" + i + "@kpi.example")));
        }
        Instant due = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ids.forEach(id -> client.reschedule(deliveries.instance(id), due));

        startNode("node-a");
        startNode("node-b");
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> deliveries(id).size() == 1
                && execution(id).getExecutionTime().isAfter(Instant.now())));
        stopNodes(); // lets anything still running finish before we count

        assertThat(mail.getReceivedMessages()).hasSize(ids.size());
        for (long id : ids) {
            JsonNode runs = deliveries(id);
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).get("trigger").asString()).isEqualTo("SCHEDULED");
            assertThat(runs.get(0).get("status").asString()).isEqualTo("SENT");
            assertThat(Instant.parse(runs.get(0).get("due_at").asString())).isEqualTo(due);
            Instant next = execution(id).getExecutionTime();
            assertThat(next.atZone(Api.PLANT_ZONE).toLocalTime()).isEqualTo(LocalTime.of(6, 30));
            JsonNode s = api.get("/api/reports/subscriptions/" + id, bearer(leader)).json();
            assertThat(Instant.parse(s.get("next_run_at").asString())).isEqualTo(next);
            assertThat(s.get("version").asLong()).isZero(); // the run's bookkeeping does not outdate an open edit form
        }
    }

    @Test
    void anSmtpFailureIsRecordedAndRetriedWithBackOffUntilItIsSent() {
        long id = SubscriptionFixture.create(api, leader, SubscriptionFixture.body(plant, "retry@kpi.example"));
        Instant due = Instant.now().minusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        client.reschedule(deliveries.instance(id), due);
        mail.stop();
        startNode("node-a");

        await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(id).size() == 1
                && execution(id).getExecutionTime().isAfter(Instant.now()));
        JsonNode failed = deliveries(id).get(0);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("attempt").asInt()).isEqualTo(1);
        assertThat(failed.get("error").asString()).startsWith("SMTP:");
        Instant attempted = Instant.parse(failed.get("attempted_at").asString());
        Instant retryAt = Instant.parse(failed.get("next_retry_at").asString());
        assertThat(retryAt).isEqualTo(attempted.plus(ScheduledDeliveries.BACKOFF.getFirst()));
        ScheduledExecution<Object> retry = execution(id);
        assertThat(retry.getExecutionTime()).isEqualTo(retryAt);
        assertThat(retry.getData()).isEqualTo(new RetryState(due, 2));

        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        client.reschedule(deliveries.instance(id), Instant.now()); // the back-off has "elapsed"; the data stays
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(id).size() == 2);

        JsonNode sent = deliveries(id).get(0);
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.get("attempt").asInt()).isEqualTo(2);
        assertThat(Instant.parse(sent.get("due_at").asString())).isEqualTo(due);
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    private void startNode(String name) {
        Scheduler node = SchedulerConfig.build(dataSource, deliveries, Duration.ofMillis(200), name);
        nodes.add(node);
        node.start();
    }

    private JsonNode deliveries(long id) {
        return api.get("/api/reports/subscriptions/" + id + "/deliveries", bearer(leader)).json().get("items");
    }

    private ScheduledExecution<Object> execution(long id) {
        return client.getScheduledExecution(deliveries.instance(id)).orElseThrow();
    }
}
