package io.kpiops.holds;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Part;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Holds through the import pipeline: the rules of POST /api/holds row by row, resumed rows with their hours. */
@IntegrationTest
class HoldImportIT {

    @LocalServerPort
    int port;

    Api api;
    HoldPlant plant;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        plant = new HoldPlant(api, "HI");
    }

    @Test
    void aLeaderImportsOpenAndPastHoldsAndEveryBadRowSaysWhy() {
        long open = plant.order("WO-10");
        long past = plant.order("WO-11");
        long done = plant.order("WO-12");
        assertThat(plant.transition(done, "CANCELLED", "Withdrawn").status()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        String d1 = today.minusDays(3).toString();
        String d2 = today.minusDays(2).toString();
        String csv = "Orden,secuencia,Motivo,Descripción,Fecha de retención,Fecha de reanudación,expected_resolution_date\n"
                + "wo-10,10,quality,Seams open,\"" + d1 + " 08:30\",," + today.plusDays(2) + "\n"
                + "WO-11,,Material shortage,,\"" + d1 + " 06:00\",\"" + d2 + " 18:00\",\n"
                + "WO-99,,QUALITY_ISSUE,,\"" + d1 + "\",,\n"
                + "WO-10,,NOPE,,\"" + d1 + "\",,\n"
                + "WO-10,,OTHER,,\"" + d1 + "\",\"" + d1 + "\",\n"
                + "WO-12,20,QUALITY_ISSUE,,25:99,,\n"
                + "WO-10,,QUALITY_ISSUE,,\"" + today.plusDays(1) + " 10:00\",,\n"
                + ",,,,,,\n";
        JsonNode preview = upload(csv);
        assertThat(errors(preview, 2)).isEmpty();
        assertThat(errors(preview, 3)).isEmpty();
        assertThat(errors(preview, 4)).containsExactly("work_order_number");
        assertThat(errors(preview, 5)).containsExactly("hold_reason");
        assertThat(errors(preview, 6)).containsExactlyInAnyOrder("description", "resume_date");
        assertThat(errors(preview, 7)).containsExactlyInAnyOrder("work_order_number", "job_sequence", "hold_date");
        assertThat(errors(preview, 8)).containsExactly("hold_date");
        assertThat(preview.get("valid_rows").asInt()).isEqualTo(2);

        Response rejected = api.post("/api/imports/" + preview.get("import_id").asLong() + "/commit",
                Map.of("mode", "all_or_nothing"), bearer(plant.leader));
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(plant.status(open)).isEqualTo("ACTIVE");

        JsonNode done2 = api.post("/api/imports/" + preview.get("import_id").asLong() + "/commit",
                Map.of("mode", "valid_only"), bearer(plant.leader)).json();
        assertThat(done2.get("created").asInt()).isEqualTo(2);

        JsonNode openHold = api.get("/api/holds?client_id=" + plant.client + "&work_order_id=" + open, bearer(plant.leader))
                .json().get("items").get(0);
        assertThat(openHold.get("status").asString()).isEqualTo("ON_HOLD");
        assertThat(openHold.get("hold_reason_code").asString()).isEqualTo("QUALITY_ISSUE");
        assertThat(openHold.get("held_at_local").asString()).isEqualTo(d1 + "T08:30");
        assertThat(openHold.get("job_id").asLong()).isEqualTo(plant.jobOf(open));
        assertThat(openHold.get("entry_method").asString()).isEqualTo("CSV_UPLOAD");
        assertThat(plant.status(open)).isEqualTo("ON_HOLD");

        JsonNode pastHold = api.get("/api/holds?client_id=" + plant.client + "&work_order_id=" + past, bearer(plant.leader))
                .json().get("items").get(0);
        assertThat(pastHold.get("status").asString()).isEqualTo("RESUMED");
        assertThat(pastHold.get("hold_reason_code").asString()).isEqualTo("MATERIAL_SHORTAGE");
        assertThat(pastHold.get("duration_hours").decimalValue()).isEqualByComparingTo("36.00");
        assertThat(plant.status(past)).as("a hold over before the order's creation leaves it as it is").isEqualTo("ACTIVE");
        assertThat(plant.moves(past)).containsExactly("->ACTIVE");
    }

    @Test
    void operatorsCannotImportHolds() {
        Response r = api.multipart("POST", "/api/imports", List.of(Part.field("type", "holds"),
                Part.field("client_id", plant.client), Part.file("file", "h.csv",
                        "work_order_number,hold_reason,hold_date\nWO-1,OTHER,2026-01-01\n".getBytes(StandardCharsets.UTF_8))),
                bearer(plant.operator));
        assertThat(r.status()).isEqualTo(403);
    }

    private JsonNode upload(String csv) {
        Response r = api.multipart("POST", "/api/imports?size=100", List.of(Part.field("type", "holds"),
                Part.field("client_id", plant.client), Part.file("file", "holds.csv", csv.getBytes(StandardCharsets.UTF_8))),
                bearer(plant.leader));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
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
