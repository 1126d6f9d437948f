package io.kpiops.quality;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.quality.QualitySetup.DefectSpec;
import io.kpiops.quality.QualitySetup.QualitySpec;
import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Quality entries through the HTTP API: defaults, every rule by field, updates, soft deletes, batches, retries. */
@IntegrationTest
@Import(QualityApiIT.Clocks.class)
class QualityApiIT {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now()); // a fixed plant day for the whole test
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QualitySetup setup;

    QualityFixture f;
    Api api;

    @BeforeEach
    void setUp() {
        f = new QualityFixture(port, clock);
        api = f.api;
    }

    @Test
    void anOperatorRecordsAnInspectionWithItsDefectsAndEveryoneInTheClientReadsIt() {
        Response r = api.post("/api/quality", f.inspection("inspection_stage", " final ", "units_defective", 6,
                "inspector", " M. Ruiz ", "defects", List.of(Map.of("defect_type_id", f.stitch, "count", 5, "location", "Collar"),
                        Map.of("defect_type_id", f.color, "count", 3, "severity", "critical"))), bearer(f.operator));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode e = r.json();
        assertThat(r.header("Location")).endsWith("/api/quality/" + e.get("id").asLong());
        assertThat(e.get("product_id").asLong()).isEqualTo(f.product); // from the work order
        assertThat(e.get("work_order_number").asString()).isEqualTo("WO-Q1");
        assertThat(e.get("inspection_stage").asString()).isEqualTo("FINAL");
        assertThat(e.get("units_passed_first_time").asInt()).isEqualTo(194); // 200 inspected − 6 defective
        assertThat(e.get("total_defects").asInt()).isEqualTo(8); // the details' sum
        assertThat(e.get("units_reworked").asInt()).isZero();
        assertThat(e.get("inspector").asString()).isEqualTo("M. Ruiz");
        assertThat(e.get("entry_method").asString()).isEqualTo("MANUAL_ENTRY");
        assertThat(e.get("defects").get(0).get("defect_type_code").asString()).isEqualTo("STITCH");
        assertThat(e.get("defects").get(0).get("severity").asString()).isEqualTo("MAJOR"); // the type's
        assertThat(e.get("defects").get(0).get("location").asString()).isEqualTo("Collar");
        assertThat(e.get("defects").get(1).get("severity").asString()).isEqualTo("CRITICAL");

        long id = e.get("id").asLong();
        assertThat(api.get("/api/quality/" + id, bearer(f.leader)).json().get("defects")).hasSize(2);
        assertThat(f.total("/api/quality?client_id=" + f.client + "&inspection_stage=FINAL&product_id=" + f.product
                + "&work_order_id=" + f.order + "&from=" + f.today.minusDays(1) + "&to=" + f.today)).isEqualTo(1);
        assertThat(f.total("/api/quality?client_id=" + f.client + "&inspection_stage=INCOMING")).isZero();
        assertThat(f.total("/api/quality?client_id=" + f.client + "&to=" + f.today.minusDays(2))).isZero();

        JsonNode audit = api.get("/api/audit?entity=quality_entry&entity_id=" + id, bearer(f.admin)).json().get("items").get(0);
        assertThat(audit.get("action").asString()).isEqualTo("CREATE");
        assertThat(audit.get("new_value").toString()).contains("STITCH").contains("Collar");
    }

    @Test
    void aProductWithoutOrderAndTheClientsOwnStagesAreAccepted() {
        f.stages("INCOMING", "SEWING", "FINAL");
        Response r = api.post("/api/quality", f.inspection("work_order_id", null, "product_id", f.product,
                "inspection_stage", "Sewing", "units_defective", 0, "total_defects", null), bearer(f.leader));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("inspection_stage").asString()).isEqualTo("SEWING");
        assertThat(r.json().get("total_defects").asInt()).isZero();

        Response noDetails = api.post("/api/quality", f.inspection("total_defects", 9), bearer(f.leader));
        assertThat(noDetails.status()).as("defects counted without a breakdown").isEqualTo(201);
        assertThat(noDetails.json().get("defects")).isEmpty();

        Response inProcess = api.post("/api/quality", f.inspection("inspection_stage", "IN_PROCESS"), bearer(f.leader));
        assertThat(f.fields(inProcess)).containsExactly("inspection_stage");
    }

    @Test
    void everyRuleNamesItsField() {
        assertThat(f.refused("units_defective", 201)).containsExactly("units_defective");
        assertThat(f.refused("units_passed_first_time", 195)).containsExactly("units_passed_first_time");
        assertThat(f.refused("units_reworked", 3, "units_repaired", 2, "units_scrapped", 2)).containsExactly("units_scrapped");
        assertThat(f.refused("total_defects", 7, "defects", List.of(Map.of("defect_type_id", f.stitch, "count", 8))))
                .containsExactly("total_defects");
        assertThat(f.refused("total_defects", 5)).containsExactly("total_defects");
        assertThat(f.refused("units_defective", 0, "total_defects", 2)).containsExactly("units_defective");
        assertThat(f.refused("inspection_stage", "PACKING")).containsExactly("inspection_stage");
        assertThat(f.refused("work_order_id", null)).containsExactly("work_order_id");
        assertThat(f.refused("product_id", f.product2)).containsExactly("product_id");
        assertThat(f.refused("work_order_id", null, "product_id", f.product, "job_id", f.job)).containsExactly("job_id");
        assertThat(f.refused("defects", List.of(Map.of("defect_type_id", f.stitch, "count", 0)))).containsExactly("defects[0].count");
        assertThat(f.refused("defects", List.of(Map.of("defect_type_id", f.stitch, "count", 6, "severity", "BAD"))))
                .containsExactly("defects[0].severity");
        assertThat(f.refused("shift_date", f.today.plusDays(1).toString())).containsExactly("shift_date");
        assertThat(f.refused("units_inspected", 0, "units_defective", 0)).containsExactly("units_inspected");
        assertThat(f.refused("inspector", "x".repeat(101))).containsExactly("inspector");

        long cancelled = f.order("WO-GONE");
        assertThat(api.post("/api/work-orders/" + cancelled + "/transitions", Map.of("to_status", "CANCELLED", "reason",
                "Customer withdrew", "version", 0), bearer(f.admin)).status()).isEqualTo(200);
        assertThat(f.refused("work_order_id", cancelled)).containsExactly("work_order_id");
        assertThat(f.total("/api/quality?client_id=" + f.client)).isZero();
    }

    @Test
    void anotherClientsRecordsAreInvisibleAndItsReferencesRefusedAsUnknown() {
        long theirs = f.created(api.post("/api/quality", f.inspectionOfOther(), bearer(f.admin)));
        assertThat(api.get("/api/quality/" + theirs, bearer(f.operator)).status()).isEqualTo(404);
        assertThat(api.put("/api/quality/" + theirs, f.inspection("version", 0), bearer(f.leader)).status()).isEqualTo(404);
        assertThat(f.total("/api/quality?client_id=" + f.other)).isZero();

        assertThat(f.refused("work_order_id", f.otherOrder)).containsExactly("work_order_id");
        assertThat(f.refused("shift_id", f.otherShift)).containsExactly("shift_id");
        assertThat(f.refused("defects", List.of(Map.of("defect_type_id", f.otherDefect, "count", 6))))
                .containsExactly("defects[0].defect_type_id");
        Response foreign = api.post("/api/quality", f.inspectionOfOther(), bearer(f.leader));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(f.fields(foreign)).containsExactly("client_id");
        assertThat(api.get("/api/quality/" + theirs, bearer(f.admin)).json().get("units_inspected").asInt()).isEqualTo(200);
    }

    @Test
    void anUpdateReplacesTheDefectBreakdownAndAStaleVersionIsRefused() {
        JsonNode e = api.post("/api/quality", f.inspection("defects", List.of(Map.of("defect_type_id", f.stitch, "count", 6))),
                bearer(f.operator)).json();
        long id = e.get("id").asLong();
        Response changed = api.put("/api/quality/" + id, f.inspection("units_defective", 4, "units_scrapped", 1,
                "defects", List.of(Map.of("defect_type_id", f.color, "count", 3), Map.of("defect_type_id", f.stitch, "count", 2)),
                "version", e.get("version").asLong()), bearer(f.operator));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("total_defects").asInt()).isEqualTo(5);
        assertThat(changed.json().get("units_passed_first_time").asInt()).isEqualTo(196);
        assertThat(changed.json().get("defects").get(0).get("defect_type_code").asString()).isEqualTo("COLOR");
        assertThat(jdbc.queryForList("select defect_count from quality_defects where quality_entry_id = ? order by seq",
                Integer.class, id)).containsExactly(3, 2);

        Response stale = api.put("/api/quality/" + id, f.inspection("version", e.get("version").asLong()), bearer(f.operator));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asString()).isEqualTo("stale_version");
        assertThat(stale.json().get("current_version").asLong()).isEqualTo(changed.json().get("version").asLong());

        JsonNode update = api.get("/api/audit?entity=quality_entry&entity_id=" + id, bearer(f.admin)).json().get("items")
                .get(0); // newest first
        assertThat(update.get("action").asString()).isEqualTo("UPDATE");
        assertThat(update.get("old_value").toString()).contains("\"count\":6");
        assertThat(update.get("new_value").toString()).contains("COLOR");
    }

    @Test
    void onlyAnAdminDeletesAndTheDeletedEntryStaysInTheDatabase() {
        long id = f.created(api.post("/api/quality", f.inspection("defects", List.of(Map.of("defect_type_id", f.stitch,
                "count", 6))), bearer(f.operator)));
        assertThat(api.send("DELETE", "/api/quality/" + id, null, null, bearer(f.leader)).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/quality/" + id + "?version=7", null, null, bearer(f.admin)).status()).isEqualTo(409);
        assertThat(api.send("DELETE", "/api/quality/" + id, null, null, bearer(f.admin)).status()).isEqualTo(204);
        assertThat(api.get("/api/quality/" + id, bearer(f.admin)).status()).isEqualTo(404);
        assertThat(f.total("/api/quality?client_id=" + f.client)).isZero();
        assertThat(jdbc.queryForObject("select deleted_by_name from quality_entries where id = ?", String.class, id))
                .isEqualTo("admin");
        assertThat(jdbc.queryForObject("select count(*) from quality_defects where quality_entry_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(api.get("/api/audit?entity=quality_entry&entity_id=" + id, bearer(f.admin)).json().get("items").get(0)
                .get("action").asString()).isEqualTo("DELETE");
    }

    @Test
    void aBatchIsAllOrNothingAndNamesEveryRowsErrors() {
        Response refused = api.post("/api/quality/batch", Map.of("entries", List.of(f.inspection(),
                f.inspection("units_defective", 300),
                f.inspection("defects", List.of(Map.of("defect_type_id", f.stitch, "count", 0))),
                f.inspection("shift_id", f.otherShift))), bearer(f.operator));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(f.fields(refused)).containsExactlyInAnyOrder("entries[1].units_defective", "entries[2].defects[0].count",
                "entries[2].total_defects", "entries[3].shift_id");
        assertThat(f.total("/api/quality?client_id=" + f.client)).isZero();

        Response saved = api.post("/api/quality/batch", Map.of("entries", List.of(f.inspection("entry_method", "QR_SCAN"),
                f.inspection("inspection_stage", "INCOMING"))), bearer(f.operator));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.json().get("count").asInt()).isEqualTo(2);
        assertThat(saved.json().get("items").get(0).get("entry_method").asString()).isEqualTo("QR_SCAN");
        assertThat(saved.json().get("items").get(1).get("entry_method").asString()).isEqualTo("BATCH");
        assertThat(f.total("/api/quality?client_id=" + f.client)).isEqualTo(2);
    }

    @Test
    void aRetriedCreateWithTheSameKeyReturnsTheFirstAnswer() {
        Api.Req withKey = bearer(f.operator).header("Idempotency-Key", "tablet-7-" + System.nanoTime());
        Response first = api.post("/api/quality", f.inspection(), withKey);
        Response retry = api.post("/api/quality", f.inspection(), withKey);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(f.total("/api/quality?client_id=" + f.client)).isEqualTo(1);
    }

    @Test
    void anOperatorBackDatesWithinTheWindowOnlyALeaderFurther() {
        assertThat(api.post("/api/quality", f.inspection("shift_date", f.today.minusDays(7).toString()), bearer(f.operator))
                .status()).isEqualTo(201);
        Response old = api.post("/api/quality", f.inspection("shift_date", f.today.minusDays(8).toString()), bearer(f.operator));
        assertThat(f.fields(old)).containsExactly("shift_date");
        assertThat(old.json().get("errors").get(0).get("message").asString()).contains("ask a leader");
        JsonNode byLeader = api.post("/api/quality", f.inspection("shift_date", f.today.minusDays(40).toString()),
                bearer(f.leader)).json();
        Response operatorFixes = api.put("/api/quality/" + byLeader.get("id").asLong(), f.inspection("version",
                byLeader.get("version").asLong()), bearer(f.operator));
        assertThat(f.fields(operatorFixes)).containsExactly("shift_date");
        assertThat(operatorFixes.json().get("errors").get(0).get("message").asString()).contains("outside your entry window");
    }

    @Test
    void theSystemSetsUpInspectionsInBulkWithTheSameRules() {
        List<Long> ids = setup.createAll(List.of(
                new QualitySpec(f.client, f.today.minusDays(3), f.shift, f.order, null, "FINAL", 100, null, 4, 5, 1, 1, 0,
                        "Demo", List.of(new DefectSpec(f.stitch, 3), new DefectSpec(f.color, 2))),
                new QualitySpec(f.client, f.today.minusDays(2), null, null, f.product, "INCOMING", 50, 50, 0, null, 0, 0, 0,
                        null, List.of())));
        assertThat(ids).hasSize(2);
        JsonNode first = api.get("/api/quality/" + ids.get(0), bearer(f.leader)).json();
        assertThat(first.get("entry_method").asString()).isEqualTo("SYSTEM_IMPORT");
        assertThat(first.get("entered_by_name").asString()).isEqualTo("system");
        assertThat(first.get("units_passed_first_time").asInt()).isEqualTo(96);
        assertThat(first.get("defects").get(1).get("defect_type_code").asString()).isEqualTo("COLOR");
        assertThat(first.get("defects").get(1).get("severity").asString()).isEqualTo("MINOR");
        assertThat(api.get("/api/audit?entity=quality_entry&entity_id=" + ids.get(1), bearer(f.admin)).json().get("items"))
                .hasSize(1);

        assertThatThrownBy(() -> setup.createAll(List.of(
                new QualitySpec(f.client, f.today, null, f.order, null, "FINAL", 10, null, 1, null, 0, 0, 0, null, List.of()),
                new QualitySpec(f.client, f.today, null, f.order, null, "FINAL", 10, null, 11, null, 0, 0, 0, null, List.of()))))
                .isInstanceOf(ApiException.class)
                .satisfies(x -> assertThat(((ApiException) x).errors()).extracting(FieldError::field)
                        .containsExactly("entries[1].units_defective"));
        assertThat(f.total("/api/quality?client_id=" + f.client)).isEqualTo(2);
    }

    static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                body.remove((String) pairs[i]);
            } else {
                body.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return body;
    }

    static List<String> fieldsOf(Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
