package io.kpiops.clients;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ClientApiIT {

    @LocalServerPort
    int port;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
    }

    @Test
    void adminCreatesAClientWithANormalisedCodeAndTheCreationIsAudited() {
        Response r = api.post("/api/clients", Map.of("code", "plant-07", "name", " Plant Seven ", "time_zone", "Europe/Madrid"), bearer(admin));

        assertThat(r.status()).isEqualTo(201);
        JsonNode c = r.json();
        assertThat(c.get("code").asString()).isEqualTo("PLANT-07");
        assertThat(c.get("name").asString()).isEqualTo("Plant Seven");
        assertThat(c.get("active").asBoolean()).isTrue();
        JsonNode audit = api.get("/api/audit?entity=client&entity_id=" + c.get("id").asLong(), bearer(admin)).json();
        assertThat(audit.get("total").asLong()).isEqualTo(1);
        assertThat(audit.get("items").get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(audit.get("items").get(0).get("username").asString()).isEqualTo("admin");
        assertThat(audit.get("items").get(0).get("new_value").get("time_zone").asString()).isEqualTo("Europe/Madrid");
    }

    @Test
    void invalidFieldsAreAllNamedAndNothingIsStored() {
        long before = api.get("/api/clients", bearer(admin)).json().get("total").asLong();
        Response r = api.post("/api/clients", Map.of("code", "x", "name", "", "time_zone", "Europe/Madrid"), bearer(admin));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactly("code", "name");

        Response zone = api.post("/api/clients", Map.of("code", "ZONE1", "name", "Z", "time_zone", "Mars/Olympus"), bearer(admin));
        assertThat(zone.status()).isEqualTo(422);
        assertThat(zone.json().get("errors").get(0).get("field").asString()).isEqualTo("time_zone");
        assertThat(api.get("/api/clients", bearer(admin)).json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void aDuplicateCodeIsAConflictWhateverItsCase() {
        api.createClient(admin, "DUPE1");
        Response r = api.post("/api/clients", Map.of("code", "dupe1", "name", "Again", "time_zone", "UTC"), bearer(admin));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void updateChecksTheVersionAndAuditsOldAndNewValues() {
        long id = api.createClient(admin, "UPD1");
        JsonNode current = api.get("/api/clients/" + id, bearer(admin)).json();
        long version = current.get("version").asLong();

        Response ok = api.put("/api/clients/" + id, Map.of("name", "Renamed", "time_zone", "Asia/Tokyo", "active", false,
                "version", version), bearer(admin));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("version").asLong()).isEqualTo(version + 1);
        assertThat(ok.json().get("code").asString()).isEqualTo("UPD1");

        Response stale = api.put("/api/clients/" + id, Map.of("name", "Lost update", "time_zone", "UTC", "active", true,
                "version", version), bearer(admin));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale_version");
        assertThat(stale.json().get("current_version").asLong()).isEqualTo(version + 1);
        assertThat(api.get("/api/clients/" + id, bearer(admin)).json().get("name").asString()).isEqualTo("Renamed");

        JsonNode update = api.get("/api/audit?entity=client&entity_id=" + id, bearer(admin)).json().get("items").get(0);
        assertThat(update.get("action").asString()).isEqualTo("UPDATE");
        assertThat(update.get("old_value").get("name").asString()).isEqualTo("Client UPD1");
        assertThat(update.get("new_value").get("name").asString()).isEqualTo("Renamed");
        assertThat(update.get("new_value").get("active").asBoolean()).isFalse();
    }

    @Test
    void listsPageSortAndFilter() {
        api.createClient(admin, "LST-A");
        api.createClient(admin, "LST-B");
        api.createClient(admin, "LST-C");
        JsonNode page = api.get("/api/clients?q=lst-&size=2&page=0&sort=code,desc", bearer(admin)).json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items").findValuesAsString("code")).containsExactly("LST-C", "LST-B");

        Response bad = api.get("/api/clients?sort=password", bearer(admin));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }

    @Test
    void aLeaderSeesOnlyAssignedClientsAndAnotherClientAnswers404() {
        long mine = api.createClient(admin, "MINE1");
        long theirs = api.createClient(admin, "THEIRS1");
        api.createUser(admin, "leader-mine", "leader", "Leader!Plant26", mine);
        String leader = api.token("leader-mine", "Leader!Plant26");

        JsonNode list = api.get("/api/clients?size=500", bearer(leader)).json();
        assertThat(list.get("items").findValuesAsString("code")).containsExactly("MINE1");
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/clients/" + mine, bearer(leader)).status()).isEqualTo(200);
        Response other = api.get("/api/clients/" + theirs, bearer(leader));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json().get("detail").asString()).doesNotContain("THEIRS1");

        Response create = api.post("/api/clients", Map.of("code", "NOPE1", "name", "N", "time_zone", "UTC"), bearer(leader));
        assertThat(create.status()).isEqualTo(403);
    }
}
