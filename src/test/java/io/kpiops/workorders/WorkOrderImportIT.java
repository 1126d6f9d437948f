package io.kpiops.workorders;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Part;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Work orders (with jobs) through the import pipeline: the same rules as POST /api/work-orders, row by row. */
@IntegrationTest
class WorkOrderImportIT {

    @LocalServerPort
    int port;

    Api api;
    String admin;
    String leader;
    long client;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        client = api.createClient(admin, "WOI" + n);
        api.createUser(admin, "woi-lead" + n, "leader", "Leader!Plant26", client);
        leader = api.token("woi-lead" + n, "Leader!Plant26");
        for (String code : List.of("POLO-M", "TEE-S")) {
            assertThat(api.post("/api/products", Map.of("client_id", client, "code", code, "name", code), bearer(admin))
                    .status()).isEqualTo(201);
        }
        assertThat(api.post("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"), bearer(admin))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/work-orders", Map.of("client_id", client, "number", "WO-OLD",
                "product_id", productId("POLO-M"), "planned_quantity", 5), bearer(admin)).status()).isEqualTo(201);
    }

    @Test
    void aLeaderImportsOrdersWithJobsAndEveryBadRowSaysWhy() {
        String csv = """
                Orden,Producto,Cantidad,Prioridad,Fecha de inicio,Fecha prometida,Operación,Línea,secuencia
                WO-1,polo-m,500,alta,02/03/2026,20/03/2026,Cutting,L1,10
                WO-1,,,,,,Sewing,L1,20
                WO-1,,,,,,Packing,,
                WO-2,TEE-S,1200,,2026-03-05,2026-03-01,,,
                WO-3,NOPE,0,soon,,,,,
                WO-OLD,POLO-M,10,,,,,,
                WO-4,TEE-S,100,,,,Sewing,L9,
                WO-1,TEE-S,,,,,Ironing,,
                WO-5,TEE-S,"2,5",,,,,,
                """;
        JsonNode preview = upload(csv, "orders.csv");
        assertThat(preview.get("total_rows").asInt()).isEqualTo(9);
        assertThat(errors(preview, 2)).isEmpty();
        assertThat(errors(preview, 3)).isEmpty();
        assertThat(errors(preview, 4)).isEmpty();
        assertThat(errors(preview, 5)).containsExactly("planned_ship_date");
        assertThat(errors(preview, 6)).containsExactlyInAnyOrder("product_code", "planned_quantity", "priority");
        assertThat(errors(preview, 7)).containsExactly("number");
        assertThat(errors(preview, 8)).containsExactly("job_line_code");
        assertThat(errors(preview, 9)).containsExactly("product_code");
        assertThat(errors(preview, 10)).containsExactly("planned_quantity");
        assertThat(preview.get("valid_rows").asInt()).isEqualTo(3);

        JsonNode done = api.post("/api/imports/" + preview.get("import_id").asLong() + "/commit",
                Map.of("mode", "valid_only"), bearer(leader)).json();
        assertThat(done.get("created").asInt()).isEqualTo(1);
        assertThat(done.get("rejected").asInt()).isEqualTo(6);

        JsonNode wo = api.get("/api/work-orders?client_id=" + client + "&q=WO-1", bearer(leader)).json().get("items").get(0);
        assertThat(wo.get("number").asString()).isEqualTo("WO-1");
        assertThat(wo.get("priority").asString()).isEqualTo("HIGH");
        assertThat(wo.get("planned_quantity").asInt()).isEqualTo(500);
        assertThat(wo.get("planned_start_date").asString()).isEqualTo("2026-03-02"); // the client's day-month order
        assertThat(wo.get("planned_ship_date").asString()).isEqualTo("2026-03-20");
        assertThat(wo.get("status").asString()).isEqualTo("ACTIVE");
        List<String> jobs = new ArrayList<>();
        wo.get("jobs").forEach(j -> jobs.add(j.get("sequence").asInt() + " " + j.get("operation_name").asString()));
        assertThat(jobs).containsExactly("10 Cutting", "20 Sewing", "30 Packing");
        assertThat(wo.get("jobs").get(2).get("planned_quantity").asInt()).isEqualTo(500);

        JsonNode history = api.get("/api/work-orders/" + wo.get("id").asLong() + "/history", bearer(leader)).json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("to_status").asString()).isEqualTo("ACTIVE");
        assertThat(history.get(0).get("username").asString()).startsWith("woi-lead");
        assertThat(api.get("/api/work-orders/" + wo.get("id").asLong() + "/progress", bearer(leader)).status()).isEqualTo(200);
    }

    @Test
    void aFixedRowIsCommittedAndAllOrNothingWritesNothingWhileARowIsRejected() {
        JsonNode preview = upload("""
                number,product_code,planned_quantity,required_date
                A-1,POLO-M,10,2026-04-01
                A-2,NOPE,20,2026-04-02
                """, "a.csv");
        long id = preview.get("import_id").asLong();
        assertThat(api.post("/api/imports/" + id + "/commit", Map.of("mode", "all_or_nothing"), bearer(leader)).status())
                .isEqualTo(422);
        assertThat(api.get("/api/work-orders?client_id=" + client + "&q=A-", bearer(leader)).json().get("total").asLong())
                .isZero();

        Response fixed = api.send("PATCH", "/api/imports/" + id + "/rows/3", Map.of("values", Map.of("product_code", "TEE-S")),
                "application/json", bearer(leader));
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(fixed.json().get("rejected_rows").asInt()).isZero();
        JsonNode done = api.post("/api/imports/" + id + "/commit", Map.of("mode", "all_or_nothing"), bearer(leader)).json();
        assertThat(done.get("created").asInt()).isEqualTo(2);
        JsonNode a2 = api.get("/api/work-orders?client_id=" + client + "&q=A-2", bearer(leader)).json().get("items").get(0);
        assertThat(a2.get("product_code").asString()).isEqualTo("TEE-S");
        assertThat(a2.get("required_date").asString()).isEqualTo("2026-04-02");
    }

    @Test
    void operatorsCannotImportWorkOrders() {
        long n = System.nanoTime() % 1_000_000;
        api.createUser(admin, "woi-op" + n, "operator", "Operator!Plant26", client);
        String operator = api.token("woi-op" + n, "Operator!Plant26");
        Response r = api.multipart("POST", "/api/imports", List.of(Part.field("type", "work_orders"),
                Part.field("client_id", client), Part.file("file", "x.csv", "number,product_code,planned_quantity\nX,POLO-M,1\n"
                        .getBytes(StandardCharsets.UTF_8))), bearer(operator));
        assertThat(r.status()).isEqualTo(403);
    }

    private JsonNode upload(String csv, String name) {
        assertThat(api.put("/api/clients/" + client + "/settings", settingsWithDayFirst(), bearer(admin)).status()).isEqualTo(200);
        Response r = api.multipart("POST", "/api/imports?size=100", List.of(Part.field("type", "work_orders"),
                Part.field("client_id", client), Part.file("file", name, csv.getBytes(StandardCharsets.UTF_8))), bearer(leader));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private Map<String, Object> settingsWithDayFirst() {
        JsonNode current = api.get("/api/clients/" + client + "/settings", bearer(admin)).json().get("settings");
        Map<String, Object> body = api.JSON.convertValue(current, Map.class);
        body.put("date_order", "DMY");
        return body;
    }

    private long productId(String code) {
        return api.get("/api/products?client_id=" + client + "&q=" + code, bearer(admin)).json().get("items").get(0)
                .get("id").asLong();
    }

    private static List<String> errors(JsonNode preview, int rowNumber) {
        for (JsonNode row : preview.get("rows")) {
            if (row.get("row_number").asInt() == rowNumber) {
                List<String> fields = new ArrayList<>();
                row.get("errors").forEach(e -> fields.add(e.get("field").asString()));
                return fields;
            }
        }
        throw new AssertionError("no row " + rowNumber + " in " + preview);
    }
}
