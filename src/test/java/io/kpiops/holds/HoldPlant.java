package io.kpiops.holds;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A client (plant time America/Chicago) with a leader, an operator, a product, hold reasons and a way to add orders. */
final class HoldPlant {

    final Api api;
    final long client;
    final long product;
    final Map<String, Long> reasons = new HashMap<>();
    private final String leaderName;
    private final String operatorName;
    String admin;
    String leader;
    String operator;

    HoldPlant(Api api, String prefix) {
        this.api = api;
        admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        client = api.createClient(admin, prefix + n);
        leaderName = prefix.toLowerCase() + "-lead" + n;
        operatorName = prefix.toLowerCase() + "-op" + n;
        api.createUser(admin, leaderName, "leader", "Leader!Plant26", client);
        api.createUser(admin, operatorName, "operator", "Operator!Plant26", client);
        signInAgain();
        product = created(api.post("/api/products", Map.of("client_id", client, "code", "TEE", "name", "T-shirt"),
                bearer(admin)));
        api.get("/api/hold-reasons?client_id=" + client + "&size=100", bearer(admin)).json().get("items")
                .forEach(r -> reasons.put(r.get("code").asString(), r.get("id").asLong()));
    }

    /** Access tokens live 15 minutes; tests that move the clock sign in again. */
    void signInAgain() {
        admin = api.adminToken();
        leader = api.token(leaderName, "Leader!Plant26");
        operator = api.token(operatorName, "Operator!Plant26");
    }

    long order(String number) {
        return created(api.post("/api/work-orders", Map.of("client_id", client, "number", number, "product_id", product,
                "planned_quantity", 100, "jobs", List.of(Map.of("sequence", 10, "operation_name", "Cut"))), bearer(admin)));
    }

    long jobOf(long order) {
        return api.get("/api/work-orders/" + order, bearer(admin)).json().get("jobs").get(0).get("id").asLong();
    }

    JsonNode order(long id) {
        return api.get("/api/work-orders/" + id, bearer(leader)).json();
    }

    String status(long order) {
        return order(order).get("status").asString();
    }

    Map<String, Object> hold(long order, String reason, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "work_order_id", order,
                "hold_reason_id", reasons.get(reason)));
        body.putAll(extra);
        return body;
    }

    Response transition(long id, String to, String reason) {
        long version = order(id).get("version").asLong();
        Map<String, Object> body = new HashMap<>(Map.of("to_status", to, "version", version));
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.post("/api/work-orders/" + id + "/transitions", body, bearer(leader));
    }

    /** "FROM>TO" of each entry of the order's history, oldest first. */
    List<String> moves(long order) {
        List<String> moves = new ArrayList<>();
        api.get("/api/work-orders/" + order + "/history", bearer(leader)).json()
                .forEach(t -> moves.add(t.path("from_status").asString("-") + ">" + t.get("to_status").asString()));
        return moves;
    }

    static long created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static List<String> fields(Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
