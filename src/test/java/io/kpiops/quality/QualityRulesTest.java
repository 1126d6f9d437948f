package io.kpiops.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.catalog.CatalogLookup.ClientCatalog;
import io.kpiops.catalog.CatalogLookup.DefectTypeRef;
import io.kpiops.catalog.CatalogLookup.ProductRef;
import io.kpiops.clients.EntryWindow;
import io.kpiops.platform.web.FieldError;
import io.kpiops.quality.QualityFields.Defect;
import io.kpiops.quality.QualityRules.Context;
import io.kpiops.quality.QualityRules.Resolved;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The count rules and defaults of an inspection, worked out by hand. */
class QualityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final DefectTypeRef STITCH = new DefectTypeRef(7, 1, "STITCH", "Stitching", "Sewing", "MAJOR", true);
    static final DefectTypeRef OLD = new DefectTypeRef(8, 1, "OLD", "Retired", "Sewing", "MINOR", false);
    static final Context CTX = new Context(1, new ClientCatalog(Map.of(3L, new ProductRef(3, 1, "TEE", "Tee", null, true)),
            Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(7L, STITCH, 8L, OLD)), Map.of(),
            new EntryWindow.Bounds(null, TODAY), List.of("INCOMING", "IN_PROCESS", "FINAL"));

    @Test
    void leftOutCountsTakeTheirDefaults() {
        QualityFields f = QualityRules.counted(fields(200, null, 6, null, List.of()));
        assertThat(f.unitsPassedFirstTime()).isEqualTo(194);
        assertThat(f.totalDefects()).isEqualTo(6);
        assertThat(f.unitsReworked()).isZero();
        assertThat(QualityRules.counted(fields(200, null, 6, null, List.of(new Defect(7L, 5, null, null),
                new Defect(7L, 4, null, null)))).totalDefects()).isEqualTo(9);
        assertThat(QualityRules.counted(fields(200, null, null, null, List.of())).totalDefects()).isNull();
    }

    @Test
    void passedFirstTimeAndDefectiveShareTheInspectedUnits() {
        assertThat(errors(fields(200, 194, 6, 6, List.of()))).isEmpty();
        assertThat(errors(fields(200, 190, 6, 6, List.of()))).as("4 units still undecided").isEmpty();
        assertThat(errors(fields(200, 195, 6, 6, List.of()))).containsExactly("units_passed_first_time");
        assertThat(errors(fields(200, null, 201, 201, List.of()))).containsExactly("units_defective");
    }

    @Test
    void onlyDefectiveUnitsAreReworkedRepairedOrScrapped() {
        QualityFields ok = new QualityFields(TODAY, null, null, null, 3L, "FINAL", 100, null, 5, 5, 2, 2, 1, null, null,
                List.of());
        assertThat(errors(ok)).isEmpty();
        QualityFields tooMany = new QualityFields(TODAY, null, null, null, 3L, "FINAL", 100, null, 5, 5, 2, 2, 2, null,
                null, List.of());
        assertThat(errors(tooMany)).containsExactly("units_scrapped");
    }

    @Test
    void defectsAreAtLeastTheDefectiveUnitsAndDetailsAddUpToTheTotal() {
        assertThat(errors(fields(100, null, 5, 12, List.of()))).as("several defects per unit").isEmpty();
        assertThat(errors(fields(100, null, 5, 4, List.of()))).containsExactly("total_defects");
        assertThat(errors(fields(100, null, 0, 2, List.of()))).containsExactly("units_defective");
        assertThat(errors(fields(100, null, 0, 0, List.of()))).isEmpty();
        assertThat(errors(fields(100, null, 5, 8, List.of(new Defect(7L, 5, null, null), new Defect(7L, 2, null, null)))))
                .containsExactly("total_defects");
    }

    @Test
    void detailsNeedAnActiveTypeOfTheClientAndTakeItsSeverity() {
        Resolved r = QualityRules.resolve("entries[4].", fields(100, null, 3, null, List.of(new Defect(7L, 1, " Sleeve ", null),
                new Defect(8L, 1, null, null), new Defect(99L, 1, null, "minor"))), CTX, null);
        assertThat(r.errors()).extracting(FieldError::field).containsExactly("entries[4].defects[1].defect_type_id",
                "entries[4].defects[2].defect_type_id");
        assertThat(r.fields().defects().get(0)).isEqualTo(new Defect(7L, 1, "Sleeve", "MAJOR"));
        assertThat(r.fields().defects().get(2).severity()).isEqualTo("MINOR");
        QualityFields before = QualityRules.resolve("", fields(100, null, 1, null, List.of(new Defect(8L, 1, null, null))),
                CTX, null).fields();
        assertThat(QualityRules.resolve("", before, CTX, before).errors()).as("a retired type the entry already had")
                .isEmpty();
    }

    @Test
    void stagesAreWrittenAsCodes() {
        assertThat(QualityRules.stage(" In-Process ")).isEqualTo("IN_PROCESS");
        assertThat(QualityRules.stage("final")).isEqualTo("FINAL");
        assertThat(QualityRules.stage(" ")).isNull();
    }

    private static QualityFields fields(Integer inspected, Integer passed, Integer defective, Integer total,
            List<Defect> defects) {
        return new QualityFields(TODAY, null, null, null, 3L, "FINAL", inspected, passed, defective, total, null, null,
                null, null, null, defects);
    }

    private static List<String> errors(QualityFields f) {
        List<String> fields = new ArrayList<>();
        QualityRules.resolve("", f, CTX, null).errors().forEach(e -> fields.add(e.field()));
        return fields;
    }
}
