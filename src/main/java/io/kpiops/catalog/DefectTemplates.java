package io.kpiops.catalog;

import io.kpiops.catalog.DefectTypeRequests.CreateDefectTypeRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The industry defect-type templates shipped in {@code classpath:catalog/defect-templates/*.csv}, read once. */
@Component
class DefectTemplates {

    /** One row of a template file (its columns as the file names them). */
    record Row(String defect_code, String defect_name, String description, String category, String severity_default,
            String industry_standard_code, Integer sort_order) {}

    private final Map<String, List<Row>> templates = new TreeMap<>();

    DefectTemplates() {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:catalog/defect-templates/*.csv")) {
                String name = r.getFilename().replace(".csv", "");
                try (InputStream in = r.getInputStream();
                        MappingIterator<Row> rows = csv.readerFor(Row.class).with(schema).readValues(in)) {
                    templates.put(name, rows.readAll());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the defect-type templates", e);
        }
    }

    Map<String, List<Row>> all() {
        return templates;
    }

    Optional<List<Row>> get(String name) {
        return Optional.ofNullable(templates.get(name.toLowerCase(Locale.ROOT)));
    }

    static CreateDefectTypeRequest toRequest(long clientId, Row row) {
        return new CreateDefectTypeRequest(clientId, row.defect_code(), row.defect_name(), row.description(), row.category(),
                DefectType.Severity.valueOf(row.severity_default().trim().toUpperCase(Locale.ROOT)),
                row.industry_standard_code() == null || row.industry_standard_code().isBlank() ? null : row.industry_standard_code(),
                row.sort_order(), true);
    }
}
