package io.kpiops.users;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class UserApiIT {

    @LocalServerPort
    int port;

    Api api;
    String admin;
    long a;
    long b;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
        a = api.createClient(admin, "UA" + System.nanoTime() % 100_000);
        b = api.createClient(admin, "UB" + System.nanoTime() % 100_000);
    }

    private Map<String, Object> user(String username, String role, List<Long> clients) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("email", username + "@x.example");
        body.put("full_name", "Full " + username);
        body.put("role", role);
        body.put("password", "Good!Plant26");
        body.put("client_ids", clients);
        return body;
    }

    @Test
    void roleAndClientAssignmentRulesAreEnforced() {
        assertThat(errorFields(api.post("/api/users", user("op-none", "operator", List.of()), bearer(admin))))
                .containsExactly("client_ids");
        assertThat(errorFields(api.post("/api/users", user("op-two", "operator", List.of(a, b)), bearer(admin))))
                .containsExactly("client_ids");
        assertThat(errorFields(api.post("/api/users", user("lead-none", "leader", List.of()), bearer(admin))))
                .containsExactly("client_ids");
        assertThat(errorFields(api.post("/api/users", user("adm-client", "admin", List.of(a)), bearer(admin))))
                .containsExactly("client_ids");
        Response unknown = api.post("/api/users", user("op-ghost", "operator", List.of(987654L)), bearer(admin));
        assertThat(unknown.json().get("errors").get(0).get("message").asString()).contains("987654");

        assertThat(api.post("/api/users", user("lead-two", "leader", List.of(a, b)), bearer(admin)).status()).isEqualTo(201);
        assertThat(api.post("/api/users", user("power-one", "poweruser", List.of(a)), bearer(admin)).status()).isEqualTo(201);
        assertThat(api.post("/api/users", user("adm-two", "admin", List.of()), bearer(admin)).status()).isEqualTo(201);
    }

    @Test
    void anInactiveClientCannotBeAssigned() {
        JsonNode client = api.get("/api/clients/" + b, bearer(admin)).json();
        api.put("/api/clients/" + b, Map.of("name", "Closed", "time_zone", "UTC", "active", false,
                "version", client.get("version").asLong()), bearer(admin));
        Response r = api.post("/api/users", user("op-closed", "operator", List.of(b)), bearer(admin));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("inactive");
    }

    @Test
    void thePasswordPolicyAppliesToNewUsersAndResets() {
        Map<String, Object> body = user("weak", "operator", List.of(a));
        body.put("password", "Password1!");
        Response common = api.post("/api/users", body, bearer(admin));
        assertThat(common.status()).isEqualTo(201); // not on the common list, meets every rule

        body = user("weaker", "operator", List.of(a));
        body.put("password", "aaaa");
        Response weak = api.post("/api/users", body, bearer(admin));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().get("errors").findValuesAsString("message")).contains("must be 8 to 128 characters long",
                "must not repeat a character 4 or more times in a row");

        long id = common.json().get("id").asLong();
        assertThat(api.post("/api/users/" + id + "/password", Map.of("new_password", "password123"), bearer(admin)).status())
                .isEqualTo(422);
        String before = api.token("weak", "Password1!");
        assertThat(api.post("/api/users/" + id + "/password", Map.of("new_password", "Reset!Plant26"), bearer(admin)).status())
                .isEqualTo(204);
        assertThat(api.get("/api/users/me", bearer(before)).status()).isEqualTo(401);
        assertThat(api.login("weak", "Reset!Plant26").status()).isEqualTo(200);
    }

    @Test
    void usernamesAndEmailsAreUnique() {
        api.post("/api/users", user("twin", "operator", List.of(a)), bearer(admin));
        Response sameName = api.post("/api/users", user("TWIN", "operator", List.of(a)), bearer(admin));
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.json().get("errors").get(0).get("field").asString()).isEqualTo("username");

        Map<String, Object> body = user("twin2", "operator", List.of(a));
        body.put("email", "twin@x.example");
        Response sameMail = api.post("/api/users", body, bearer(admin));
        assertThat(sameMail.status()).isEqualTo(409);
        assertThat(sameMail.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void anAdminCannotDeactivateOrDemoteThemselves() {
        JsonNode me = api.get("/api/users/me", bearer(admin)).json();
        JsonNode full = api.get("/api/users/" + me.get("id").asLong(), bearer(admin)).json();
        Map<String, Object> body = new HashMap<>();
        body.put("email", full.get("email").asString());
        body.put("full_name", "Me");
        body.put("role", "leader");
        body.put("client_ids", List.of(a));
        body.put("active", false);
        body.put("version", full.get("version").asLong());
        Response r = api.put("/api/users/" + me.get("id").asLong(), body, bearer(admin));
        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).contains("active", "role");
    }

    @Test
    void aRoleChangeTakesEffectOnTheNextRequest() {
        long id = api.createUser(admin, "promote-me", "operator", "Good!Plant26", a);
        String token = api.token("promote-me", "Good!Plant26");
        assertThat(api.get("/api/clients?size=500", bearer(token)).json().get("total").asLong()).isEqualTo(1);

        JsonNode u = api.get("/api/users/" + id, bearer(admin)).json();
        Map<String, Object> body = new HashMap<>();
        body.put("email", u.get("email").asString());
        body.put("full_name", u.get("full_name").asString());
        body.put("role", "leader");
        body.put("client_ids", List.of(a, b));
        body.put("active", true);
        body.put("version", u.get("version").asLong());
        assertThat(api.put("/api/users/" + id, body, bearer(admin)).status()).isEqualTo(200);

        JsonNode clients = api.get("/api/clients?size=500", bearer(token)).json();
        assertThat(clients.get("total").asLong()).isEqualTo(2);
        assertThat(api.get("/api/users/me", bearer(token)).json().get("role").asString()).isEqualTo("leader");
    }

    @Test
    void listFiltersByRoleClientAndText() {
        api.createUser(admin, "flt-op", "operator", "Good!Plant26", a);
        api.createUser(admin, "flt-lead", "leader", "Good!Plant26", a, b);
        JsonNode byRole = api.get("/api/users?role=leader&q=flt-", bearer(admin)).json();
        assertThat(byRole.get("items").findValuesAsString("username")).containsExactly("flt-lead");
        JsonNode byClient = api.get("/api/users?client_id=" + b + "&q=flt-", bearer(admin)).json();
        assertThat(byClient.get("items").findValuesAsString("username")).containsExactly("flt-lead");
        JsonNode both = api.get("/api/users?client_id=" + a + "&q=flt-&sort=username,desc", bearer(admin)).json();
        assertThat(both.get("items").findValuesAsString("username")).containsExactly("flt-op", "flt-lead");
    }

    private static List<String> errorFields(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        return r.json().get("errors").findValuesAsString("field");
    }
}
