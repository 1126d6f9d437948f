package io.kpiops.production;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Part;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Production entries through the import pipeline: codes and names resolved, the API's rules per row. */
@IntegrationTest
class ProductionImportIT {

    @LocalServerPort
    int port;

    @Test
    void anOperatorImportsAShiftAndEveryBadRowSaysWhy() {
        Api api = new Api(port);
        String admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        long client = api.createClient(admin, "PI" + n);
        api.createUser(admin, "pi-op" + n, "operator", "Operator!Plant26", client);
        String operator = api.token("pi-op" + n, "Operator!Plant26");
        long product = created(api.post("/api/products", Map.of("client_id", client, "code", "POLO-M", "name", "Polo"), bearer(admin)));
        created(api.post("/api/products", Map.of("client_id", client, "code", "TEE-S", "name", "Tee"), bearer(admin)));
        long line = created(api.post("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"), bearer(admin)));
        created(api.post("/api/shifts", Map.of("client_id", client, "name", "Day", "start", "06:00", "end", "14:00",
                "breaks", List.of()), bearer(admin)));
        created(api.post("/api/work-orders", Map.of("client_id", client, "number", "WO-9", "product_id", product,
                "planned_quantity", 900, "jobs", List.of(Map.of("sequence", 10, "operation_name", "Sew", "line_id", line))),
                bearer(admin)));
        String day = Api.plantToday().minusDays(1).toString();
        String old = Api.plantToday().minusDays(30).toString();
        String csv = "Fecha,Turno,Línea,Orden,Secuencia,Producto,Unidades,Horas,Empleados,Defectos,Retrabajo,Desperdicio\n"
                + day + ",day,l1,,,polo-m,480,7.5,5,6,2,1\n"
                + day + ",Day,,wo-9,10,,300,6,4,0,0,0\n"
                + day + ",Night,L1,,,POLO-M,10,1,1,0,0,0\n"
                + day + ",Day,L1,,,TEE-S,10,9,1,11,0,0\n"
                + old + ",Day,L1,,,TEE-S,10,1,1,0,0,0\n"
                + day + ",Day,,WO-9,20,TEE-S,10,1,1,0,0,0\n";
        Response r = api.multipart("POST", "/api/imports?size=100", List.of(Part.field("type", "production"),
                Part.field("client_id", client), Part.file("file", "shift.csv", csv.getBytes(StandardCharsets.UTF_8))),
                bearer(operator));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode preview = r.json();
        assertThat(errors(preview, 2)).isEmpty();
        assertThat(errors(preview, 3)).isEmpty();
        assertThat(errors(preview, 4)).containsExactly("shift");
        assertThat(errors(preview, 5)).containsExactlyInAnyOrder("run_time_hours", "defect_count");
        assertThat(errors(preview, 6)).containsExactly("shift_date");
        assertThat(errors(preview, 7)).containsExactly("job_sequence");

        JsonNode done = api.post("/api/imports/" + preview.get("import_id").asLong() + "/commit",
                Map.of("mode", "valid_only"), bearer(operator)).json();
        assertThat(done.get("created").asInt()).isEqualTo(2);
        JsonNode items = api.get("/api/production?client_id=" + client + "&sort=units_produced,desc", bearer(operator))
                .json().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("units_produced").asInt()).isEqualTo(480);
        assertThat(items.get(0).get("entry_method").asString()).isEqualTo("CSV_UPLOAD");
        assertThat(items.get(1).get("work_order_number").asString()).isEqualTo("WO-9");
        assertThat(items.get(1).get("line_id").asLong()).isEqualTo(line);
        assertThat(items.get(1).get("product_id").asLong()).isEqualTo(product);
    }

    private static long created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
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
