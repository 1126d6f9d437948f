package io.kpiops.web;

import static io.kpiops.support.Api.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/**
 * The web app's TypeScript types are generated (openapi-typescript) from web/openapi.json, the server's own OpenAPI
 * document. This test fails when that copy no longer matches what the server publishes; refresh it with
 * {@code mvn verify -Dkpi.openapi.write=true} (or copy /api/openapi.json) and rebuild the web app.
 */
@IntegrationTest
class OpenApiDocumentIT {

    static final Path COPY = Path.of("web", "openapi.json");

    @LocalServerPort
    int port;

    @Test
    void theWebAppsCopyOfTheOpenApiDocumentIsCurrent() throws IOException {
        JsonNode live = new Api(port).get("/api/openapi.json", none()).json();
        assertThat(live.get("paths").has("/api/clients")).isTrue();
        assertThat(live.at("/components/schemas/ClientResponse/properties").has("time_zone")).isTrue();

        if (Boolean.getBoolean("kpi.openapi.write")) {
            String pretty = Api.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(live);
            Files.writeString(COPY, pretty + "\n", StandardCharsets.UTF_8);
        }
        JsonNode copy = Api.JSON.readTree(Files.readString(COPY, StandardCharsets.UTF_8));
        assertThat(copy).as("web/openapi.json is out of date: run mvn verify -Dkpi.openapi.write=true").isEqualTo(live);
    }
}
