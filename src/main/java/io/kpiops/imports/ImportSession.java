package io.kpiops.imports;

import io.kpiops.platform.web.FieldError;
import java.util.List;
import java.util.Map;

/**
 * Validation and writing of one file's rows for one client, opened by {@link ImportType#open}. A session is used by
 * one thread for one pass over a file: the pipeline calls {@link #validate} for every row in row order, and — when
 * committing — {@link #commit} with the rows that passed, in row order, in chunks, then {@link #finish}, all inside one transaction.
 * A fresh session is opened for every pass (upload, re-validation after a fix, commit), so state kept for in-file
 * duplicate checks never outlives a pass.
 */
public interface ImportSession {

    /**
     * Validates one row with the same rules as the single-record API.
     *
     * @param rowNumber the spreadsheet row (header = 1, first data row = 2)
     * @param values    values keyed by canonical column name; trimmed, never empty (an empty cell is absent), never
     *                  formula-like (the pipeline already refused those)
     * @return the row's errors, each named after a column (or empty when the row is valid)
     */
    List<FieldError> validate(int rowNumber, Map<String, String> values);

    /**
     * Writes rows this session validated without errors, inside the caller's transaction (bulk statements, no query
     * per row). Called several times per pass with consecutive chunks; the results are added up by the pipeline.
     */
    ImportResult commit(List<ImportRow> rows);

    /**
     * Called once after the last {@link #commit} chunk, in the same transaction, for work that is cheaper once than
     * per chunk (e.g. reading back the ids of created records for their audit rows with one query).
     */
    default void finish() {}
}
