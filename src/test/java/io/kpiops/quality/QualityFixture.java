package io.kpiops.quality;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A client ready for quality entries (and a second client to be kept out): users of each entry role, two products, a
 * work order with a job, a shift and a defect catalogue; the plant's today (clients are in America/Chicago).
 */
final class QualityFixture {

    final Api api;
    final String admin;
    final String leader;
    final String operator;
    final long client;
    final long other;
    final long product;
    final long product2;
    final long order;
    final long job;
    final long shift;
    final long stitch;
    final long color;
    final long otherProduct;
    final long otherOrder;
    final long otherShift;
    final long otherDefect;
    final LocalDate today;

    QualityFixture(int port, Clock clock) {
        api = new Api(port);
        admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        client = api.createClient(admin, "QA" + n);
        other = api.createClient(admin, "QX" + n);
        api.createUser(admin, "qlead" + n, "leader", "Leader!Plant26", client);
        api.createUser(admin, "qop" + n, "operator", "Operator!Plant26", client);
        leader = api.token("qlead" + n, "Leader!Plant26");
        operator = api.token("qop" + n, "Operator!Plant26");
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("America/Chicago"));
        product = create("/api/products", Map.of("client_id", client, "code", "TEE", "name", "T-shirt"));
        product2 = create("/api/products", Map.of("client_id", client, "code", "POLO", "name", "Polo"));
        otherProduct = create("/api/products", Map.of("client_id", other, "code", "TEE", "name", "Their tee"));
        JsonNode wo = api.post("/api/work-orders", Map.of("client_id", client, "number", "WO-Q1", "product_id", product,
                "planned_quantity", 500, "jobs", List.of(Map.of("sequence", 1, "operation_name", "Sew"))), bearer(admin)).json();
        order = wo.get("id").asLong();
        job = wo.get("jobs").get(0).get("id").asLong();
        otherOrder = create("/api/work-orders", Map.of("client_id", other, "number", "WO-Q1", "product_id", otherProduct,
                "planned_quantity", 10));
        shift = create("/api/shifts", Map.of("client_id", client, "name", "Day", "start", "06:00", "end", "14:00",
                "breaks", List.of()));
        otherShift = create("/api/shifts", Map.of("client_id", other, "name", "Day", "start", "06:00", "end", "14:00",
                "breaks", List.of()));
        stitch = defectType(client, "STITCH", "MAJOR");
        color = defectType(client, "COLOR", "MINOR");
        otherDefect = defectType(other, "STITCH", "MAJOR");
    }

    /** An inspection of WO-Q1 yesterday (200 inspected, 6 defective), with changes ("field", value; null removes). */
    Map<String, Object> inspection(Object... changes) {
        return QualityApiIT.with(Map.of("client_id", client, "shift_date", today.minusDays(1).toString(),
                "shift_id", shift, "work_order_id", order, "inspection_stage", "FINAL", "units_inspected", 200,
                "units_defective", 6), changes);
    }

    Map<String, Object> inspectionOfOther() {
        return Map.of("client_id", other, "shift_date", today.minusDays(1).toString(), "work_order_id", otherOrder,
                "inspection_stage", "FINAL", "units_inspected", 200, "units_defective", 6);
    }

    /** The fields a create by the leader with these changes is refused on (422). */
    List<String> refused(Object... changes) {
        Response r = api.post("/api/quality", inspection(changes), bearer(leader));
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        return fields(r);
    }

    List<String> fields(Response r) {
        return QualityApiIT.fieldsOf(r);
    }

    long total(String path) {
        Response r = api.get(path, bearer(leader));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("total").asLong();
    }

    long created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A new order of TEE for the client. */
    long order(String number) {
        return create("/api/work-orders", Map.of("client_id", client, "number", number, "product_id", product,
                "planned_quantity", 10));
    }

    /** Sets the client's inspection stages. */
    void stages(String... stages) {
        JsonNode current = api.get("/api/clients/" + client + "/settings", bearer(admin)).json().get("settings");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = Api.JSON.convertValue(current, Map.class);
        body.put("inspection_stages", List.of(stages));
        Response r = api.put("/api/clients/" + client + "/settings", body, bearer(admin));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private long defectType(long clientId, String code, String severity) {
        return create("/api/defect-types", Map.of("client_id", clientId, "code", code, "name", code, "category", "Visual",
                "severity", severity));
    }

    private long create(String path, Map<String, Object> body) {
        return created(api.post(path, body, bearer(admin)));
    }
}
