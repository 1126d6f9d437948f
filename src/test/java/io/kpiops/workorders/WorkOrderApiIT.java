package io.kpiops.workorders;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.MutableClock;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Work orders and jobs through the HTTP API: rules, lifecycle, history, progress, QR code, roles and tenancy. */
@IntegrationTest
@Import(WorkOrderApiIT.Clocks.class)
class WorkOrderApiIT {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String admin;
    String leader;
    String operator;
    String leaderName;
    String operatorName;
    long client;
    long other;
    long product;
    long otherProduct;
    long line;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
        client = api.createClient(admin, "WO" + System.nanoTime() % 100_000);
        other = api.createClient(admin, "WX" + System.nanoTime() % 100_000);
        String suffix = Long.toString(System.nanoTime());
        api.createUser(admin, "lead" + suffix, "leader", "Leader!Plant26", client);
        api.createUser(admin, "op" + suffix, "operator", "Operator!Plant26", client);
        leaderName = "lead" + suffix;
        operatorName = "op" + suffix;
        signInAgain();
        product = created(api.post("/api/products", Map.of("client_id", client, "code", "TEE", "name", "T-shirt",
                "ideal_cycle_time_hours", 0.05), bearer(admin)));
        otherProduct = created(api.post("/api/products", Map.of("client_id", other, "code", "TEE", "name", "Other tee"),
                bearer(admin)));
        line = created(api.post("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"), bearer(admin)));
    }

    @Test
    void aLeaderPlansAnOrderWithJobsAndEveryoneInTheClientReadsIt() {
        Response r = api.post("/api/work-orders", order("wo-1001", Map.of(
                "priority", "HIGH", "planned_start_date", "2026-03-02", "planned_ship_date", "2026-03-20",
                "required_date", "2026-03-25", "customer_po_number", " PO-77 ",
                "jobs", List.of(Map.of("sequence", 10, "operation_code", "CUT", "operation_name", "Cutting",
                        "line_id", line, "planned_quantity", 500),
                        Map.of("sequence", 20, "operation_name", "Sewing", "planned_quantity", 500)))), bearer(leader));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode wo = r.json();
        assertThat(wo.get("number").asString()).isEqualTo("WO-1001");
        assertThat(wo.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(wo.get("product_code").asString()).isEqualTo("TEE");
        assertThat(wo.get("customer_po_number").asString()).isEqualTo("PO-77");
        assertThat(texts(wo.get("allowed_transitions"))).containsExactlyInAnyOrder("ON_HOLD", "COMPLETED", "REJECTED",
                "CANCELLED");
        assertThat(wo.get("jobs")).hasSize(2);
        assertThat(wo.get("jobs").get(0).get("operation_code").asString()).isEqualTo("CUT");
        assertThat(wo.get("jobs").get(0).get("line_id").asLong()).isEqualTo(line);

        long id = wo.get("id").asLong();
        JsonNode read = api.get("/api/work-orders/" + id, bearer(operator)).json();
        assertThat(read.get("planned_ship_date").asString()).isEqualTo("2026-03-20");
        assertThat(read.get("priority").asString()).isEqualTo("HIGH");

        Response duplicate = api.post("/api/work-orders", order("WO-1001", Map.of()), bearer(leader));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("number");

        assertThat(api.post("/api/work-orders", order("WO-1002", Map.of()), bearer(operator)).status()).isEqualTo(403);
        assertThat(api.get("/api/work-orders/" + id, bearer(api.token("admin", Api.ADMIN_PASSWORD))).status()).isEqualTo(200);
    }

    @Test
    void calendarDaysAreStoredAsThemselvesOnEveryDatabase() {
        long id = created(api.post("/api/work-orders", order("WO-DAY", Map.of("planned_ship_date", "2026-03-29")),
                bearer(leader)));
        // 2026-03-29 is a DST change in Europe: a day stored as a zoned midnight would be easy to shift
        assertThat(jdbc.queryForObject("select planned_ship_date from work_orders where id = ?", String.class, id))
                .isEqualTo("2026-03-29");
        assertThat(jdbc.queryForObject("select count(*) from work_orders where planned_ship_date = '2026-03-29'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void crossFieldRulesNameEveryOffendingField() {
        LocalDate tomorrow = Api.plantDay(clock.instant()).plusDays(2);
        Response r = api.post("/api/work-orders", Map.of("client_id", client, "number", "WO-BAD", "product_id", otherProduct,
                "planned_quantity", 0, "planned_start_date", "2026-05-10", "planned_ship_date", "2026-05-01",
                "actual_delivery_date", tomorrow.toString(), "jobs", List.of(
                        Map.of("sequence", 1, "operation_name", "A"), Map.of("sequence", 1, "operation_name", "B"))),
                bearer(leader));
        assertThat(r.status()).isEqualTo(422);
        assertThat(fields(r)).containsExactly("planned_quantity");

        r = api.post("/api/work-orders", Map.of("client_id", client, "number", "WO-BAD", "product_id", otherProduct,
                "planned_quantity", 5, "planned_start_date", "2026-05-10", "planned_ship_date", "2026-05-01",
                "actual_delivery_date", tomorrow.toString(), "jobs", List.of(
                        Map.of("sequence", 1, "operation_name", "A"), Map.of("sequence", 1, "operation_name", "B"))),
                bearer(leader));
        assertThat(r.status()).isEqualTo(422);
        assertThat(fields(r)).containsExactlyInAnyOrder("product_id", "planned_ship_date", "actual_delivery_date",
                "delivered_quantity", "jobs[1].sequence");
        assertThat(api.get("/api/work-orders?client_id=" + client, bearer(leader)).json().get("total").asLong()).isZero();

        Response otherClient = api.post("/api/work-orders", Map.of("client_id", other, "number", "WO-X",
                "product_id", otherProduct, "planned_quantity", 5), bearer(leader));
        assertThat(otherClient.status()).isEqualTo(422);
        assertThat(fields(otherClient)).containsExactly("client_id");
    }

    @Test
    void theLifecycleOnlyAllowsLegalMovesAndLogsEachOne() {
        long id = created(api.post("/api/work-orders", order("WO-2001", Map.of("planned_quantity", 200)), bearer(leader)));

        Response noReason = transition(id, "ON_HOLD", Map.of());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(fields(noReason)).containsExactly("reason");

        assertThat(transition(id, "ON_HOLD", Map.of("reason", "Waiting for fabric")).json().get("status").asString())
                .isEqualTo("ON_HOLD");
        time().advance(Duration.ofHours(30));
        signInAgain(); // access tokens live 15 minutes

        Response illegal = transition(id, "COMPLETED", Map.of());
        assertThat(illegal.status()).isEqualTo(422);
        assertThat(illegal.json().get("code").asString()).isEqualTo("illegal_transition");
        assertThat(illegal.json().get("errors").get(0).get("message").asString())
                .isEqualTo("cannot go from ON_HOLD to COMPLETED; allowed: ACTIVE, REJECTED, CANCELLED");
        assertThat(texts(illegal.json().get("allowed"))).containsExactlyInAnyOrder("ACTIVE", "REJECTED", "CANCELLED");

        assertThat(transition(id, "ACTIVE", Map.of()).json().get("status").asString()).isEqualTo("ACTIVE");

        Response noDelivery = transition(id, "COMPLETED", Map.of());
        assertThat(noDelivery.status()).isEqualTo(422);
        assertThat(fields(noDelivery)).containsExactlyInAnyOrder("actual_delivery_date", "delivered_quantity");
        String today = Api.plantDay(clock.instant()).toString();
        Response completed = transition(id, "COMPLETED", Map.of("actual_delivery_date", today, "delivered_quantity", 190));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        JsonNode done = completed.json();
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("delivered_quantity").asInt()).isEqualTo(190);
        assertThat(done.get("allowed_transitions")).isEmpty();

        Response afterFinal = transition(id, "ACTIVE", Map.of());
        assertThat(afterFinal.status()).isEqualTo(422);
        assertThat(afterFinal.json().get("errors").get(0).get("message").asString()).contains("COMPLETED is final");

        JsonNode history = api.get("/api/work-orders/" + id + "/history", bearer(operator)).json();
        List<String> moves = new ArrayList<>();
        history.forEach(t -> moves.add(t.path("from_status").asString("-") + ">" + t.get("to_status").asString()));
        assertThat(moves).containsExactly("->ACTIVE", "ACTIVE>ON_HOLD", "ON_HOLD>ACTIVE", "ACTIVE>COMPLETED");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("Waiting for fabric");
        assertThat(history.get(1).get("username").asString()).startsWith("lead");

        JsonNode progress = api.get("/api/work-orders/" + id + "/progress", bearer(operator)).json();
        assertThat(progress.get("hold_count").asInt()).isEqualTo(1);
        assertThat(progress.get("on_hold_hours").decimalValue()).isEqualByComparingTo("30.0");
        assertThat(progress.get("on_hold_days").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(progress.get("delivered_quantity").asInt()).isEqualTo(190);
        assertThat(progress.get("percent_delivered").decimalValue()).isEqualByComparingTo("95.00");
        assertThat(progress.get("closed_on").asString()).isEqualTo(today);
        assertThat(progress.get("currently_on_hold").asBoolean()).isFalse();

        Response audit = api.get("/api/audit?entity=work_order&entity_id=" + id, bearer(admin));
        assertThat(audit.json().get("total").asLong()).isEqualTo(4);
    }

    @Test
    void staleVersionsAndCancellationsAreRefusedOrLoggedClearly() {
        JsonNode wo = api.post("/api/work-orders", order("WO-3001", Map.of()), bearer(leader)).json();
        long id = wo.get("id").asLong();
        Response stale = api.post("/api/work-orders/" + id + "/transitions",
                Map.of("to_status", "CANCELLED", "reason", "Customer withdrew", "version", 99), bearer(leader));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(transition(id, "CANCELLED", Map.of("reason", "Customer withdrew")).json().get("status").asString())
                .isEqualTo("CANCELLED");

        Map<String, Object> update = new HashMap<>(Map.of("product_id", product, "planned_quantity", 80, "version", 0));
        Response staleUpdate = api.put("/api/work-orders/" + id, update, bearer(leader));
        assertThat(staleUpdate.status()).isEqualTo(409);
    }

    @Test
    void listsFilterByStatusProductAndPromisedDateAndCountPerStatus() {
        long a = created(api.post("/api/work-orders", order("WO-A", Map.of("planned_ship_date", "2026-04-10")), bearer(leader)));
        created(api.post("/api/work-orders", order("WO-B", Map.of("required_date", "2026-04-20")), bearer(leader)));
        created(api.post("/api/work-orders", order("WO-C", Map.of("planned_ship_date", "2026-06-01")), bearer(leader)));
        transition(a, "ON_HOLD", Map.of("reason", "Quality check"));

        JsonNode april = api.get("/api/work-orders?client_id=" + client + "&from=2026-04-01&to=2026-04-30&sort=number",
                bearer(operator)).json();
        assertThat(numbers(april)).containsExactly("WO-A", "WO-B");
        JsonNode held = api.get("/api/work-orders?client_id=" + client + "&status=ON_HOLD", bearer(operator)).json();
        assertThat(numbers(held)).containsExactly("WO-A");
        JsonNode both = api.get("/api/work-orders?client_id=" + client + "&status=ON_HOLD&status=ACTIVE&q=wo-c",
                bearer(operator)).json();
        assertThat(numbers(both)).containsExactly("WO-C");

        Map<String, Long> counts = new HashMap<>();
        api.get("/api/work-orders/status-counts?client_id=" + client, bearer(operator)).json()
                .forEach(c -> counts.put(c.get("status").asString(), c.get("count").asLong()));
        assertThat(counts).containsEntry("ACTIVE", 2L).containsEntry("ON_HOLD", 1L).containsEntry("COMPLETED", 0L);

        Response bad = api.get("/api/work-orders?from=2026-05-01&to=2026-04-01", bearer(operator));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(fields(bad)).containsExactly("from");
    }

    @Test
    void jobsStayInTheirOrdersClientAndKeepUniqueSequences() {
        long id = created(api.post("/api/work-orders", order("WO-4001", Map.of()), bearer(leader)));
        long otherLine = created(api.post("/api/lines", Map.of("client_id", other, "code", "LX", "name", "Other"),
                bearer(admin)));
        Response foreignLine = api.post("/api/work-orders/" + id + "/jobs",
                Map.of("sequence", 1, "operation_name", "Cut", "line_id", otherLine), bearer(leader));
        assertThat(foreignLine.status()).isEqualTo(422);
        assertThat(fields(foreignLine)).containsExactly("line_id");

        JsonNode job = api.post("/api/work-orders/" + id + "/jobs",
                Map.of("sequence", 1, "operation_name", "Cut", "line_id", line, "planned_quantity", 100), bearer(leader)).json();
        assertThat(api.post("/api/work-orders/" + id + "/jobs", Map.of("sequence", 1, "operation_name", "Again"),
                bearer(leader)).status()).isEqualTo(409);

        Map<String, Object> done = new HashMap<>(Map.of("sequence", 1, "operation_name", "Cut", "line_id", line,
                "completed", true, "active", true, "version", job.get("version").asLong()));
        Response noQuantity = api.put("/api/jobs/" + job.get("id").asLong(), done, bearer(leader));
        assertThat(fields(noQuantity)).containsExactly("completed_quantity");
        done.put("completed_quantity", 98);
        done.put("scrapped_quantity", 2);
        JsonNode updated = api.put("/api/jobs/" + job.get("id").asLong(), done, bearer(leader)).json();
        assertThat(updated.get("completed_quantity").asInt()).isEqualTo(98);
        assertThat(updated.get("completed").asBoolean()).isTrue();

        JsonNode jobs = api.get("/api/jobs?work_order_id=" + id, bearer(operator)).json();
        assertThat(jobs.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theQrCodeOpensTheOrderInTheWebApp() throws Exception {
        long id = created(api.post("/api/work-orders", order("WO-5001", Map.of()), bearer(leader)));
        Api.Binary png = api.bytes("/api/work-orders/" + id + "/qr.png?size=300", bearer(operator));
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(image.getWidth()).isEqualTo(300);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(text).isEqualTo("http://localhost:" + port + "/work-orders/" + id);

        assertThat(api.get("/api/work-orders/" + id + "/qr.png?size=20", bearer(operator)).status()).isEqualTo(422);
    }

    private Response transition(long id, String to, Map<String, Object> extra) {
        long version = api.get("/api/work-orders/" + id, bearer(leader)).json().get("version").asLong();
        Map<String, Object> body = new HashMap<>(extra);
        body.put("to_status", to);
        body.put("version", version);
        return api.post("/api/work-orders/" + id + "/transitions", body, bearer(leader));
    }

    private Map<String, Object> order(String number, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "number", number, "product_id", product,
                "planned_quantity", 500));
        body.putAll(extra);
        return body;
    }

    private void signInAgain() {
        leader = api.token(leaderName, "Leader!Plant26");
        operator = api.token(operatorName, "Operator!Plant26");
        admin = api.adminToken();
    }

    private MutableClock time() {
        return (MutableClock) clock;
    }

    private static long created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static List<String> fields(Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> numbers(JsonNode page) {
        return texts(page.get("items").findValues("number").stream().collect(
                tools.jackson.databind.node.JsonNodeFactory.instance::arrayNode,
                tools.jackson.databind.node.ArrayNode::add, tools.jackson.databind.node.ArrayNode::addAll));
    }
}
