package io.kpiops.imports;

import io.kpiops.platform.web.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A data row as the preview keeps it: its values, the cells refused while reading (kept until fixed), and all its
 * errors (read errors first, then the type's validation for the other fields); valid when it has none.
 */
record StoredRow(int rowNumber, Map<String, String> values, List<FieldError> readErrors, List<FieldError> errors) {

    boolean valid() {
        return errors.isEmpty();
    }

    /** Validates the row with the session and returns it with its errors. */
    static StoredRow check(ImportSession session, int rowNumber, Map<String, String> values, List<FieldError> readErrors) {
        List<FieldError> validation = session.validate(rowNumber, values);
        if (readErrors.isEmpty()) {
            return new StoredRow(rowNumber, values, List.of(), List.copyOf(validation));
        }
        Set<String> refused = new HashSet<>();
        readErrors.forEach(e -> refused.add(e.field()));
        List<FieldError> errors = new ArrayList<>(readErrors);
        validation.stream().filter(e -> !refused.contains(e.field())).forEach(errors::add);
        return new StoredRow(rowNumber, values, List.copyOf(readErrors), List.copyOf(errors));
    }

    /** The same row validated again (by a new session, e.g. after another row was fixed). */
    StoredRow recheck(ImportSession session) {
        return check(session, rowNumber, values, readErrors);
    }

    ImportRow toImportRow() {
        return new ImportRow(rowNumber, values);
    }
}
