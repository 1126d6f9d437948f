package io.kpiops.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kpiops.platform.security.Role;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileColumnsTest {

    static final ImportType TYPE = new ImportType() {
        @Override
        public String name() {
            return "things";
        }

        @Override
        public List<ImportColumn> columns() {
            return List.of(ImportColumn.required("code", "T-1", "", "product_code", "Código"),
                    ImportColumn.required("name", "Thing", "", "nombre"),
                    ImportColumn.optional("ideal_cycle_time_hours", "0.5", "", "Tiempo de ciclo (h)"));
        }

        @Override
        public Set<Role> allowedRoles() {
            return Set.of(Role.ADMIN);
        }

        @Override
        public ImportSession open(long clientId, ImportContext context) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void headersMatchIgnoringCaseAccentsAndPunctuation() {
        assertThat(FileColumns.normalize(" Tiempo de Ciclo (h) ")).isEqualTo("tiempo_de_ciclo_h");
        assertThat(FileColumns.normalize("\uFEFFCÓDIGO")).isEqualTo("codigo");
        assertThat(FileColumns.normalize("ideal-cycle.time hours")).isEqualTo("ideal_cycle_time_hours");

        FileColumns columns = FileColumns.match(TYPE, List.of("codigo", "NOMBRE", "Ideal Cycle-Time Hours"));
        assertThat(columns.sources()).extracting(FileColumns.Source::name).containsExactly("code", "name", "ideal_cycle_time_hours");
        assertThat(columns.sources()).extracting(FileColumns.Source::header).containsExactly("codigo", "NOMBRE", "Ideal Cycle-Time Hours");
        assertThat(FileColumns.match(TYPE, List.of("Product Code", "name", "tiempo de ciclo h")).sources()).hasSize(3);
    }

    @Test
    void unknownColumnsAndInnerBlankHeadersAreWarningsNotErrors() {
        FileColumns columns = FileColumns.match(TYPE, List.of("code", "", "colour", "name", "", ""));
        assertThat(columns.warnings()).containsExactly("Column 2 has no header; its values were ignored.",
                "Column 'colour' is not a column of things; it was ignored.");
    }

    @Test
    void aMissingRequiredColumnOrTwoHeadersForOneColumnRefuseTheFile() {
        assertThatThrownBy(() -> FileColumns.match(TYPE, List.of("code", "description")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("file", "lacks the required column name")));
        assertThatThrownBy(() -> FileColumns.match(TYPE, List.of("code", "Código", "name")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors().getFirst().message())
                        .isEqualTo("columns 'code' and 'Código' both give code"));
    }

    @Test
    void anAliasForTwoColumnsIsACodingError() {
        assertThatThrownBy(() -> FileColumns.index(List.of(ImportColumn.required("a", "", "", "x"),
                ImportColumn.optional("b", "", "", "X")))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cellsAreTrimmedEmptyOnesLeftOutAndFormulaLikeOnesRefused() {
        FileColumns columns = FileColumns.match(TYPE, List.of("code", "unknown", "name", "ideal_cycle_time_hours"));
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> values = columns.values(new String[] {"  T-1 ", "ignored", "=cmd()", "  "}, null, errors);
        assertThat(values).containsExactly(Map.entry("code", "T-1"));
        assertThat(errors).containsExactly(new FieldError("name", FileColumns.FORMULA_LIKE));

        Map<Integer, String> refused = new HashMap<>();
        refused.put(3, "formula cells are not accepted");
        errors.clear();
        values = columns.values(new String[] {"T-2", null, "Thing", "0.5"}, refused, errors);
        assertThat(values).containsOnlyKeys("code", "name");
        assertThat(errors).containsExactly(new FieldError("ideal_cycle_time_hours", "formula cells are not accepted"));
        assertThat(columns.values(new String[] {"T-3"}, null, errors)).containsOnlyKeys("code");
    }
}
