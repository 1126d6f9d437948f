package io.kpiops.downtime;

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
import java.time.LocalDate;
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

/** Downtime through the import pipeline: human codes, the reference's headers, minutes or hours or clock times. */
@IntegrationTest
@Import(DowntimeImportIT.Clocks.class)
class DowntimeImportIT {

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

    DowntimeFixture f;
    Api api;

    @BeforeEach
    void setUp() {
        f = new DowntimeFixture(port, clock);
        api = f.api;
    }

    @Test
    void anOperatorImportsStoppagesByCodeSplitAtShiftEndsAndEveryRejectedRowSaysWhy() {
        LocalDate d = f.today.minusDays(2);
        String csv = """
                production_date,shift,line,work_order_number,downtime_reason,downtime_start_time,end,downtime_duration_minutes,duration_hours,machine_id,corrective_action
                %1$s,night,L1,,breakdown,5:30,06:45,,,Press 4,Belt
                %1$s,Day,,wo-d1,Planned maintenance,,,45,,,
                %1$s,Day,L1,,BREAKDOWN,,,,"1,25",,
                %1$s,Day,L9,,BREAKDOWN,,,30,,,
                %1$s,Day,L1,,NOPE,,,30,,,
                %1$s,Day,L1,,BREAKDOWN,15:00,15:30,,,,
                %1$s,Day,L1,,BREAKDOWN,,,30,0.5,,
                %1$s,Day,L1,,BREAKDOWN,8h,09:00,,,,
                %1$s,Day,L1,,BREAKDOWN,,,600,,,
                """.formatted(d);
        Response uploaded = api.multipart("POST", "/api/imports", List.of(Part.field("type", "downtime"),
                Part.field("client_id", f.client), Part.file("file", "stops.csv", csv.getBytes(StandardCharsets.UTF_8))),
                bearer(f.operator));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode preview = uploaded.json();
        assertThat(errors(preview, 2)).isEmpty();
        assertThat(errors(preview, 3)).isEmpty();
        assertThat(errors(preview, 4)).isEmpty();
        assertThat(errors(preview, 5)).containsExactly("line_code");
        assertThat(errors(preview, 6)).containsExactly("reason_code");
        assertThat(errors(preview, 7)).containsExactly("start_time");
        assertThat(errors(preview, 8)).containsExactly("duration_hours");
        assertThat(errors(preview, 9)).containsExactly("start_time");
        assertThat(errors(preview, 10)).containsExactly("duration_minutes");
        assertThat(preview.get("valid_rows").asInt()).isEqualTo(3);

        long importId = preview.get("import_id").asLong();
        JsonNode done = api.post("/api/imports/" + importId + "/commit", Map.of("mode", "valid_only"), bearer(f.operator)).json();
        assertThat(done.get("created").asInt()).as("the night row became two records").isEqualTo(4);
        assertThat(done.get("rejected").asInt()).isEqualTo(6);

        JsonNode items = api.get("/api/downtime?client_id=" + f.client + "&sort=id", bearer(f.leader)).json().get("items");
        assertThat(DowntimeFixture.parts(items)).containsExactly(d + "/" + f.night + " 05:30–06:00 30",
                d.plusDays(1) + "/" + f.day + " 06:00–06:45 45", d + "/" + f.day + " -–- 45", d + "/" + f.day + " -–- 75");
        assertThat(items.get(0).get("split_group").asString()).isEqualTo(items.get(1).get("split_group").asString());
        assertThat(items.get(0).get("machine").asString()).isEqualTo("Press 4");
        assertThat(items.get(0).get("entry_method").asString()).isEqualTo("CSV_UPLOAD");
        assertThat(items.get(0).get("entered_by_name").asString()).isEqualTo(f.operatorName);
        assertThat(items.get(2).get("reason_code").asString()).isEqualTo("PLANNED_MAINTENANCE");
        assertThat(items.get(2).get("line_id").asLong()).as("the order's usual line").isEqualTo(f.line2);
        assertThat(api.get("/api/audit?entity=downtime_entry&entity_id=" + items.get(3).get("id").asLong(), bearer(f.admin))
                .json().get("items").get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(api.get("/api/imports/" + importId + "/rejected.csv", bearer(f.operator)).text())
                .contains("no line 'L9'").contains("not both");
    }

    @Test
    void theTemplateImportsAsItIs() {
        String template = api.get("/api/imports/templates/downtime.csv", bearer(f.operator)).text().replace("\uFEFF", "");
        assertThat(template.lines().findFirst().orElseThrow()).startsWith("shift_date,shift,line_code,work_order,"
                + "reason_code,start_time,end_time,duration_minutes,duration_hours");
        long product = api.get("/api/work-orders/" + f.order, bearer(f.admin)).json().get("product_id").asLong();
        assertThat(api.post("/api/work-orders", Map.of("client_id", f.client, "number", "WO-2026-0001", "product_id", product,
                "planned_quantity", 100), bearer(f.admin)).status()).isEqualTo(201);
        JsonNode example = api.multipart("POST", "/api/imports", List.of(Part.field("type", "downtime"),
                Part.field("client_id", f.client), Part.file("file", "template.csv", template.getBytes(StandardCharsets.UTF_8))),
                bearer(f.leader)).json();
        assertThat(example.get("valid_rows").asInt()).as("the template's example row: " + example).isEqualTo(1);
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
