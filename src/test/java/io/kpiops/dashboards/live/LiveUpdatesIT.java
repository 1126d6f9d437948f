package io.kpiops.dashboards.live;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.platform.events.ChangeAction;
import io.kpiops.platform.events.EntryChanges;
import io.kpiops.platform.events.EntryKind;
import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/dashboards/events: a committed write reaches the streams of the callers who see its client, once per
 * transaction, and nothing else does (another client's, a refused or a rolled-back write).
 */
@IntegrationTest
class LiveUpdatesIT {

    @LocalServerPort
    int port;

    @Autowired
    EntryChanges changes;

    @Autowired
    TransactionTemplate tx;

    Api api;
    String admin;
    LiveFixture a;
    LiveFixture b;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
        a = LiveFixture.create(api, admin, "LA");
        b = LiveFixture.create(api, admin, "LB");
        today = Api.plantToday();
    }

    @Test
    void aCreateThroughTheApiReachesTheStreamsOfItsClientOnly() {
        try (EventStream streamA = new EventStream(port, a.leader()).ready();
                EventStream streamB = new EventStream(port, b.leader()).ready()) {
            assertThat(a.create(api, today).status()).isEqualTo(201);
            assertThat(b.create(api, today).status()).isEqualTo(201);

            EventStream.Event seenByA = streamA.next();
            assertThat(seenByA.name()).isEqualTo("entry-changed");
            assertThat(seenByA.json().get("client_id").asLong()).isEqualTo(a.client());
            assertThat(seenByA.json().get("kind").asString()).isEqualTo("production");
            assertThat(seenByA.json().get("from").asString()).isEqualTo(today.toString());
            assertThat(seenByA.json().get("to").asString()).isEqualTo(today.toString());
            assertThat(seenByA.json().get("actions").toString()).isEqualTo("[\"created\"]");
            // B's stream gets B's event first: A's, written before it, never reached B
            assertThat(streamB.next().json().get("client_id").asLong()).isEqualTo(b.client());
        }
    }

    @Test
    void aBatchIsOneEventSpanningItsDays() {
        try (EventStream stream = new EventStream(port, a.leader()).ready()) {
            LocalDate yesterday = today.minusDays(1);
            Response batch = api.post("/api/production/batch", Map.of("entries", List.of(a.entry(today),
                    a.entry(yesterday), a.entry(today))), bearer(a.leader()));
            assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
            long id = batch.json().get("items").get(0).get("id").asLong();
            Response deleted = api.send("DELETE", "/api/production/" + id, null, null, bearer(admin));
            assertThat(deleted.status()).isEqualTo(204);

            JsonNode first = stream.next().json();
            assertThat(first.get("from").asString()).isEqualTo(yesterday.toString());
            assertThat(first.get("to").asString()).isEqualTo(today.toString());
            assertThat(first.get("actions").toString()).isEqualTo("[\"created\"]");
            // the next event is the delete's: the three rows made one event
            assertThat(stream.next().json().get("actions").toString()).isEqualTo("[\"deleted\"]");
        }
    }

    @Test
    void refusedAndRolledBackWritesNotifyNobody() {
        try (EventStream stream = new EventStream(port, a.leader()).ready()) {
            Map<String, Object> bad = new HashMap<>(a.entry(today.minusDays(1)));
            bad.put("units_produced", -1);
            Response refused = api.post("/api/production/batch", Map.of("entries", List.of(a.entry(today.minusDays(1)), bad)),
                    bearer(a.leader()));
            assertThat(refused.status()).isEqualTo(422);
            tx.executeWithoutResult(status -> {
                changes.record(a.client(), EntryKind.DOWNTIME, today, ChangeAction.CREATED);
                status.setRollbackOnly();
            });
            Response order = api.post("/api/work-orders", Map.of("client_id", a.client(), "number", "WO-LIVE",
                    "product_id", a.product(), "planned_quantity", 10), bearer(a.leader()));
            assertThat(order.status()).as(order.toString()).isEqualTo(201);

            JsonNode first = stream.next().json();
            assertThat(first.get("kind").asString()).isEqualTo("work_orders");
            assertThat(first.get("from").isNull()).isTrue();
        }
    }

    @Test
    void aSixthStreamOfOneUserEndsTheOldest() {
        EventStream oldest = new EventStream(port, a.leader()).ready();
        List<EventStream> newer = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < LiveStreams.MAX_PER_OWNER; i++) {
                newer.add(new EventStream(port, a.leader()).ready());
            }
            assertThat(oldest.next().name()).isEqualTo("end");
            assertThat(a.create(api, today).status()).isEqualTo(201);
            assertThat(newer.getFirst().next().name()).isEqualTo("entry-changed");
        } finally {
            oldest.close();
            newer.forEach(EventStream::close);
        }
    }

    @Test
    void theStreamNeedsASignedInCaller() {
        assertThat(api.get("/api/dashboards/events", Api.none().header("Accept", "text/event-stream")).status())
                .isEqualTo(401);
    }
}
