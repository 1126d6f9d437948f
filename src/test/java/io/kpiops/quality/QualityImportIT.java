package io.kpiops.quality;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Part;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/** Quality entries through the import pipeline: human codes, the defects column, the API's rules row by row. */
@IntegrationTest
@Import(QualityImportIT.Clocks.class)
class QualityImportIT {

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

    QualityFixture f;
    Api api;

    @BeforeEach
    void setUp() {
        f = new QualityFixture(port, clock);
        api = f.api;
    }

    @Test
    void anOperatorImportsInspectionsByCodeAndEveryRejectedRowSaysWhy() {
        String day = f.today.minusDays(1).toString();
        String csv = """
                Fecha,Turno,Orden,Producto,Etapa,Inspeccionadas,defects_found,total_defects_count,scrap_units,Defectos,Inspector
                %1$s,day,wo-q1,,final,200,6,8,1,"STITCH:5; color: 3",Ana
                %1$s,,,POLO,In-Process,50,0,,,,
                %1$s,Day,WO-Q1,,FINAL,100,2,2,,NOPE:2,
                %1$s,Day,WO-Q1,,FINAL,10,11,,,,
                %1$s,Late,WO-X,,FINAL,10,1,,,,
                %1$s,Day,WO-Q1,,PACKING,10,1,,,,
                %1$s,Day,WO-Q1,,FINAL,10,2,5,,STITCH:2,
                %2$s,Day,WO-Q1,,FINAL,10,1,,,,
                """.formatted(day, f.today.minusDays(30));
        Response uploaded = api.multipart("POST", "/api/imports", List.of(Part.field("type", "quality"),
                Part.field("client_id", f.client), Part.file("file", "inspections.csv", csv.getBytes(StandardCharsets.UTF_8))),
                bearer(f.operator));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode preview = uploaded.json();
        assertThat(preview.get("total_rows").asInt()).isEqualTo(8);
        assertThat(errors(preview, 2)).isEmpty();
        assertThat(errors(preview, 3)).isEmpty();
        assertThat(errors(preview, 4)).containsExactly("defects");
        assertThat(errors(preview, 5)).containsExactly("units_defective");
        assertThat(errors(preview, 6)).containsExactlyInAnyOrder("shift", "work_order");
        assertThat(errors(preview, 7)).containsExactly("inspection_stage");
        assertThat(errors(preview, 8)).containsExactly("total_defects");
        assertThat(errors(preview, 9)).containsExactly("shift_date"); // an operator's window is 7 days
        assertThat(preview.get("valid_rows").asInt()).isEqualTo(2);

        long importId = preview.get("import_id").asLong();
        JsonNode done = api.post("/api/imports/" + importId + "/commit", Map.of("mode", "valid_only"), bearer(f.operator)).json();
        assertThat(done.get("created").asInt()).isEqualTo(2);
        assertThat(done.get("rejected").asInt()).isEqualTo(6);

        JsonNode items = api.get("/api/quality?client_id=" + f.client + "&sort=units_inspected,desc", bearer(f.leader))
                .json().get("items");
        assertThat(items).hasSize(2);
        JsonNode first = items.get(0);
        assertThat(first.get("entry_method").asString()).isEqualTo("CSV_UPLOAD");
        assertThat(first.get("entered_by_name").asString()).startsWith("qop");
        assertThat(first.get("shift_id").asLong()).isEqualTo(f.shift);
        assertThat(first.get("work_order_number").asString()).isEqualTo("WO-Q1");
        assertThat(first.get("product_id").asLong()).isEqualTo(f.product);
        assertThat(first.get("units_passed_first_time").asInt()).isEqualTo(194);
        assertThat(first.get("units_scrapped").asInt()).isEqualTo(1);
        assertThat(first.get("inspector").asString()).isEqualTo("Ana");
        List<String> defects = new ArrayList<>();
        first.get("defects").forEach(d -> defects.add(d.get("defect_type_code").asString() + ":" + d.get("count").asInt()));
        assertThat(defects).containsExactly("STITCH:5", "COLOR:3");
        JsonNode second = items.get(1);
        assertThat(second.get("product_id").asLong()).isEqualTo(f.product2);
        assertThat(second.get("inspection_stage").asString()).isEqualTo("IN_PROCESS");
        assertThat(second.get("work_order_id").isNull()).isTrue();

        long id = first.get("id").asLong();
        assertThat(api.get("/api/audit?entity=quality_entry&entity_id=" + id, bearer(f.admin)).json().get("items").get(0)
                .get("new_value").toString()).contains("STITCH");
        String rejected = api.get("/api/imports/" + importId + "/rejected.csv", bearer(f.operator)).text();
        assertThat(rejected).contains("no defect type 'NOPE'").contains("PACKING");
    }

    @Test
    void theTemplateImportsAsItIsAndAllOrNothingWritesNothingWhileARowIsRejected() {
        String template = api.get("/api/imports/templates/quality.csv", bearer(f.operator)).text().replace("\uFEFF", "");
        assertThat(template.lines().findFirst().orElseThrow()).startsWith("shift_date,shift,work_order,product_code,"
                + "inspection_stage,units_inspected").contains("defects");
        long polo = f.created(api.post("/api/products", Map.of("client_id", f.client, "code", "POLO-M", "name", "Polo M"),
                bearer(f.admin)));
        f.created(api.post("/api/work-orders", Map.of("client_id", f.client, "number", "WO-2026-0001", "product_id", polo,
                "planned_quantity", 100), bearer(f.admin)));
        JsonNode example = api.multipart("POST", "/api/imports", List.of(Part.field("type", "quality"),
                Part.field("client_id", f.client), Part.file("file", "template.csv", template.getBytes(StandardCharsets.UTF_8))),
                bearer(f.leader)).json();
        assertThat(example.get("valid_rows").asInt()).as("the template's example row: " + example).isEqualTo(1);

        String csv = "shift_date,work_order,inspection_stage,units_inspected,units_defective\n"
                + f.today + ",WO-Q1,FINAL,20,1\n" + f.today + ",WO-Q1,FINAL,20,21\n";
        JsonNode preview = api.multipart("POST", "/api/imports", List.of(Part.field("type", "quality"),
                Part.field("client_id", f.client), Part.file("file", "q.csv", csv.getBytes(StandardCharsets.UTF_8))),
                bearer(f.leader)).json();
        Response refused = api.post("/api/imports/" + preview.get("import_id").asLong() + "/commit",
                Map.of("mode", "all_or_nothing"), bearer(f.leader));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(f.total("/api/quality?client_id=" + f.client)).isZero();
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
