package io.kpiops.reports.subscriptions;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@Import(TestReportRenderer.class) // test-only renderer: drop when the real one is merged
class ReportSubscriptionApiIT {

    static final GreenMail MAIL = SubscriptionFixture.startMailServer();
    static final String PATH = "/api/reports/subscriptions";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SubscriptionFixture.smtp(registry, MAIL);
        registry.add("kpi.reports.scheduler.enabled", () -> "false"); // runs here are triggered by hand only
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String admin;
    long plantA;
    long plantB;
    long leaderId;
    String leader;
    String leaderOfB;
    String otherLeaderOfA;
    String powerOfA;
    String operator;

    @BeforeEach
    void setUp() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        api = new Api(port);
        admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        plantA = api.createClient(admin, "SA" + n);
        plantB = api.createClient(admin, "SB" + n);
        leaderId = api.createUser(admin, "lead" + n, "leader", "Leader!Plant26", plantA);
        leader = api.token("lead" + n, "Leader!Plant26");
        api.createUser(admin, "leadb" + n, "leader", "Leader!Plant26", plantB);
        leaderOfB = api.token("leadb" + n, "Leader!Plant26");
        api.createUser(admin, "leadx" + n, "leader", "Leader!Plant26", plantA);
        otherLeaderOfA = api.token("leadx" + n, "Leader!Plant26");
        api.createUser(admin, "pow" + n, "poweruser", "Power!Plant26", plantA);
        powerOfA = api.token("pow" + n, "Power!Plant26");
        api.createUser(admin, "op" + n, "operator", "Operator!Plant26", plantA);
        operator = api.token("op" + n, "Operator!Plant26");
    }

    @Test
    void aLeaderSubscribesChangesPausesResumesAndDeletesAndEveryChangeIsAuditedAndScheduled() {
        Response created = api.post(PATH, SubscriptionFixture.body(plantA, "boss@plant.example", "Boss@Plant.example",
                "qa@plant.example"), bearer(leader));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode s = created.json();
        long id = s.get("id").asLong();
        assertThat(s.get("recipients").valueStream().map(JsonNode::asString)).containsExactly("boss@plant.example", "qa@plant.example");
        assertThat(s.get("formats").valueStream().map(JsonNode::asString)).containsExactly("PDF", "XLSX");
        assertThat(s.get("owner_id").asLong()).isEqualTo(leaderId);
        assertThat(s.get("schedule").get("time_zone").asString()).isEqualTo("America/Chicago");
        Instant next = Instant.parse(s.get("next_run_at").asString());
        ZonedDateTime local = next.atZone(Api.PLANT_ZONE);
        assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(6, 30));
        assertThat(next).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(25 * 3600));
        assertThat(scheduledAt(id)).containsExactly(next);

        Map<String, Object> weekly = SubscriptionFixture.body(plantA, "boss@plant.example");
        weekly.put("schedule", Map.of("frequency", "WEEKLY", "time", "07:15", "day_of_week", "FRIDAY"));
        weekly.put("language", "es");
        weekly.put("version", s.get("version").asLong());
        Response changed = api.put(PATH + "/" + id, weekly, bearer(leader));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Instant nextFriday = Instant.parse(changed.json().get("next_run_at").asString());
        assertThat(nextFriday.atZone(Api.PLANT_ZONE).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(scheduledAt(id)).containsExactly(nextFriday);

        Response stale = api.put(PATH + "/" + id, weekly, bearer(leader));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("errors").get(0).get("field").asString()).isEqualTo("version");

        Response paused = api.post(PATH + "/" + id + "/pause", null, bearer(leader));
        assertThat(paused.json().get("active").asBoolean()).isFalse();
        assertThat(paused.json().get("next_run_at").isNull()).isTrue();
        assertThat(scheduledAt(id)).isEmpty();
        Response resumed = api.post(PATH + "/" + id + "/resume", null, bearer(leader));
        assertThat(resumed.json().get("active").asBoolean()).isTrue();
        assertThat(scheduledAt(id)).containsExactly(nextFriday);

        assertThat(api.send("DELETE", PATH + "/" + id, null, null, bearer(leader)).status()).isEqualTo(204);
        assertThat(api.get(PATH + "/" + id, bearer(leader)).status()).isEqualTo(404);
        assertThat(scheduledAt(id)).isEmpty();

        JsonNode audit = api.get("/api/audit?entity=report_subscription&entity_id=" + id, bearer(admin)).json().get("items");
        assertThat(audit.findValuesAsString("action")).containsExactly("DELETE", "UPDATE", "UPDATE", "UPDATE", "CREATE");
        assertThat(audit.get(3).get("old_value").get("frequency").asString()).isEqualTo("DAILY");
        assertThat(audit.get(3).get("new_value").get("day_of_week").asString()).isEqualTo("FRIDAY");
        assertThat(audit.get(0).get("client_id").asLong()).isEqualTo(plantA);
    }

    @Test
    void badInputIsAnsweredWithEveryOffendingFieldNamed() {
        Map<String, Object> bad = SubscriptionFixture.body(plantA, "boss@plant.example", "not an address");
        bad.put("schedule", Map.of("frequency", "WEEKLY", "time", "07:00"));
        bad.put("shift_id", 999_999);
        Response r = api.post(PATH, bad, bearer(leader));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("recipients[1]", "schedule.day_of_week", "shift_id");

        Map<String, Object> monthly = SubscriptionFixture.body(plantA, "boss@plant.example");
        monthly.put("schedule", Map.of("frequency", "MONTHLY", "time", "25:00", "day_of_month", "29"));
        Response time = api.post(PATH, monthly, bearer(leader));
        assertThat(time.status()).isEqualTo(422);
        assertThat(time.json().get("errors").findValuesAsString("field")).containsExactly("schedule.time");
        monthly.put("schedule", Map.of("frequency", "MONTHLY", "time", "05:00", "day_of_month", "29"));
        Response day = api.post(PATH, monthly, bearer(leader));
        assertThat(day.json().get("errors").findValuesAsString("field")).containsExactly("schedule.day_of_month");
        monthly.put("schedule", Map.of("frequency", "MONTHLY", "time", "05:00", "day_of_month", "last"));
        assertThat(api.post(PATH, monthly, bearer(leader)).status()).isEqualTo(201);

        List<String> many = new ArrayList<>();
        for (int i = 0; i <= SubscriptionRules.MAX_RECIPIENTS; i++) {
            many.add("r" + i + "@plant.example");
        }
        Map<String, Object> tooMany = SubscriptionFixture.body(plantA, many.toArray(String[]::new));
        assertThat(api.post(PATH, tooMany, bearer(leader)).json().get("errors").findValuesAsString("field"))
                .containsExactly("recipients");

        assertThat(api.post(PATH, SubscriptionFixture.body(plantA, "boss@plant.example"), bearer(operator)).status())
                .isEqualTo(403);
    }

    @Test
    void sendNowMailsTheReportToEveryRecipientWithBothFilesAndRecordsTheDelivery() throws Exception {
        long id = SubscriptionFixture.create(api, leader, SubscriptionFixture.body(plantA, "boss@plant.example", "qa@plant.example"));

        Response sent = api.post(PATH + "/" + id + "/send", null, bearer(leader));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().get("status").asString()).isEqualTo("SENT");
        LocalDate yesterday = Api.plantToday().minusDays(1);
        assertThat(sent.json().get("period_from").asString()).isEqualTo(yesterday.toString());
        assertThat(sent.json().get("period_to").asString()).isEqualTo(yesterday.toString());

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient
        MimeMessage m = received[0];
        assertThat(Arrays.stream(m.getRecipients(jakarta.mail.Message.RecipientType.TO)).map(Address::toString))
                .containsExactlyInAnyOrder("boss@plant.example", "qa@plant.example");
        assertThat(m.getFrom()[0].toString()).isEqualTo("reports@kpi.example");
        assertThat(m.getSubject()).contains("KPI summary").contains("Client SA").contains(yesterday.toString());
        Multipart parts = (Multipart) m.getContent();
        List<Part> attachments = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                attachments.add(parts.getBodyPart(i));
            }
        }
        assertThat(attachments).hasSize(2);
        assertThat(attachments.get(0).getContentType()).startsWith("application/pdf");
        assertThat(attachments.get(0).getFileName()).endsWith(".pdf");
        byte[] pdf = attachments.get(0).getInputStream().readAllBytes();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(attachments.get(1).getContentType()).startsWith(io.kpiops.reports.ReportFormat.XLSX.contentType());
        assertThat(attachments.get(1).getFileName()).endsWith(".xlsx");
        byte[] xlsx = attachments.get(1).getInputStream().readAllBytes();
        assertThat(xlsx).startsWith('P', 'K'); // a zip, as every workbook is
        assertThat(GreenMailUtil.getBody(m)).contains("Attached is the KPI summary report");

        JsonNode history = api.get(PATH + "/" + id + "/deliveries", bearer(leader)).json().get("items");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("trigger").asString()).isEqualTo("MANUAL");
        assertThat(history.get(0).get("status").asString()).isEqualTo("SENT");
        assertThat(history.get(0).get("attempt").asInt()).isEqualTo(1);
        assertThat(history.get(0).get("recipients").valueStream().map(JsonNode::asString))
                .containsExactly("boss@plant.example", "qa@plant.example");
        assertThat(history.get(0).get("file_names").valueStream().map(JsonNode::asString))
                .containsExactly(attachments.get(0).getFileName(), attachments.get(1).getFileName());
    }

    @Test
    void anOwnerWhoLostTheClientGetsAFailedDeliveryWithTheReasonAndNoMail() {
        long id = SubscriptionFixture.create(api, leader, SubscriptionFixture.body(plantA, "boss@plant.example"));
        JsonNode user = api.get("/api/users/" + leaderId, bearer(admin)).json();
        Response moved = api.put("/api/users/" + leaderId, Map.of("email", user.get("email").asString(),
                "full_name", user.get("full_name").asString(), "role", "leader", "client_ids", List.of(plantB),
                "active", true, "version", user.get("version").asLong()), bearer(admin));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        // the poweruser of plant A still manages the subscription and tries it
        Response sent = api.post(PATH + "/" + id + "/send", null, bearer(powerOfA));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().get("status").asString()).isEqualTo("FAILED");
        assertThat(sent.json().get("error").asString()).contains("no longer has access to client Client SA");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void anotherClientsSubscriptionIsInvisibleAndUntouchable() {
        long id = SubscriptionFixture.create(api, leader, SubscriptionFixture.body(plantA, "boss@plant.example"));
        String one = PATH + "/" + id;
        for (String token : List.of(leaderOfB, otherLeaderOfA)) {
            assertThat(api.get(one, bearer(token)).status()).isEqualTo(404);
            assertThat(api.get(one + "/deliveries", bearer(token)).status()).isEqualTo(404);
            assertThat(api.post(one + "/send", null, bearer(token)).status()).isEqualTo(404);
            assertThat(api.post(one + "/pause", null, bearer(token)).status()).isEqualTo(404);
            Map<String, Object> change = SubscriptionFixture.body(plantA, "thief@elsewhere.example");
            change.put("version", 0);
            assertThat(api.put(one, change, bearer(token)).status()).isEqualTo(404);
            assertThat(api.send("DELETE", one, null, null, bearer(token)).status()).isEqualTo(404);
            assertThat(api.get(PATH, bearer(token)).json().get("total").asLong()).isZero();
        }
        Response foreign = api.post(PATH, SubscriptionFixture.body(plantA, "x@plant.example"), bearer(leaderOfB));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("client_ids");
        assertThat(MAIL.getReceivedMessages()).isEmpty();

        // the poweruser of plant A sees and manages the leader's subscription; with mine=true only their own
        JsonNode list = api.get(PATH, bearer(powerOfA)).json();
        assertThat(list.get("items").findValuesAsString("owner_name")).hasSize(1);
        assertThat(api.get(PATH + "?mine=true", bearer(powerOfA)).json().get("total").asLong()).isZero();
        assertThat(api.post(one + "/pause", null, bearer(powerOfA)).status()).isEqualTo(200);
        assertThat(api.get(PATH, bearer(operator)).status()).isEqualTo(403);
    }

    private List<Instant> scheduledAt(long id) {
        return jdbc.query("select execution_time from scheduled_tasks where task_name = ? and task_instance = ?",
                (rs, i) -> rs.getTimestamp(1, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"))).toInstant(),
                ScheduledDeliveries.TASK, Long.toString(id));
    }
}
