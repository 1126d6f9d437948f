package io.kpiops.demo;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.TestDatabaseInitializer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/** A first start on an empty database creates the documented demo logins, clients and plant model. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "kpi.demo-data=true", "kpi.jwt-secret=integration-test-secret-of-at-least-32-bytes",
    "kpi.auth-rate-limit-per-minute=1000", "spring.main.banner-mode=off", "logging.level.root=WARN"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoDataIT {

    @LocalServerPort
    int port;

    @Test
    void everyDocumentedDemoLoginWorksWithItsClients() {
        Api api = new Api(port);
        Map<String, Integer> clientsOf = Map.of("admin", 5, "poweruser", 3, "leader1", 2, "operator1", 1, "operator2", 1);
        clientsOf.forEach((user, count) -> {
            var login = api.login(user, DemoData.PASSWORDS.get(user));
            assertThat(login.status()).as(user).isEqualTo(200);
            assertThat(login.json().get("user").get("clients").size()).as(user).isEqualTo(count);
        });
    }

    @Test
    void eachClientHasAPlantModel() {
        Api api = new Api(port);
        String admin = api.token("admin", DemoData.PASSWORDS.get("admin"));
        for (JsonNode client : api.get("/api/clients", bearer(admin)).json().get("items")) {
            long id = client.get("id").asLong();
            assertThat(total(api, admin, "/api/shifts?client_id=" + id)).isEqualTo(3);
            assertThat(total(api, admin, "/api/lines?client_id=" + id)).isEqualTo(3);
            assertThat(total(api, admin, "/api/products?client_id=" + id)).isEqualTo(6);
            assertThat(total(api, admin, "/api/employees?client_id=" + id)).isEqualTo(20);
            assertThat(total(api, admin, "/api/defect-types?client_id=" + id)).isGreaterThanOrEqualTo(8);
        }
        JsonNode night = api.get("/api/shifts?q=night&size=1", bearer(admin)).json().get("items").get(0);
        assertThat(night.get("crosses_midnight").asBoolean()).isTrue();
        long onNights = 0;
        for (JsonNode e : api.get("/api/employees?client_id=" + night.get("client_id").asLong() + "&size=50", bearer(admin))
                .json().get("items")) {
            assertThat(e.get("shift_id").isNull()).as(e.get("code") + " floats or has a usual shift")
                    .isEqualTo(e.get("floating_pool").asBoolean());
            onNights += e.get("shift_id").asLong(0) == night.get("id").asLong() ? 1 : 0;
        }
        assertThat(onNights).isEqualTo(4);
        assertThat(night.get("scheduled_minutes").asInt()).isEqualTo(435);
    }

    @Test
    void eachClientHasWorkOrdersInEveryStatusWithTheirHistory() {
        Api api = new Api(port);
        String admin = api.token("admin", DemoData.PASSWORDS.get("admin"));
        for (JsonNode client : api.get("/api/clients", bearer(admin)).json().get("items")) {
            long id = client.get("id").asLong();
            assertThat(total(api, admin, "/api/work-orders?client_id=" + id)).isEqualTo(25);
            for (JsonNode count : api.get("/api/work-orders/status-counts?client_id=" + id, bearer(admin)).json()) {
                assertThat(count.get("count").asLong()).as(count.get("status").asString()).isPositive();
            }
            JsonNode done = api.get("/api/work-orders?status=COMPLETED&size=1&client_id=" + id, bearer(admin)).json()
                    .get("items").get(0);
            assertThat(done.get("actual_delivery_date").isNull()).isFalse();
            assertThat(done.get("jobs")).hasSize(3);
            JsonNode history = api.get("/api/work-orders/" + done.get("id").asLong() + "/history", bearer(admin)).json();
            assertThat(history.get(history.size() - 1).get("to_status").asString()).isEqualTo("COMPLETED");
        }
    }

    private static long total(Api api, String token, String path) {
        return api.get(path, bearer(token)).json().get("total").asLong();
    }
}
