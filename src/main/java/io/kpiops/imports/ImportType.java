package io.kpiops.imports;

import io.kpiops.platform.security.Role;
import java.util.List;
import java.util.Set;

/**
 * A kind of record that can be imported from a CSV or XLSX file (products, employees, work orders …). Implemented by
 * the module that owns the records and registered as a Spring bean; the pipeline finds every bean of this type.
 *
 * <p>The pipeline does everything that is the same for every type: reading the file (encodings, separators, XLSX),
 * matching headers to {@link #columns()}, trimming, dropping empty cells, refusing formula cells and values that look
 * like spreadsheet formulas, storing the preview, paging, fixing rows, the duplicate-file check, transactions, the
 * import log and its audit record. The type only validates and writes rows, through an {@link ImportSession}.
 */
public interface ImportType {

    /** The type's name in the API ({@code type} parameter, template file name): lower-case snake_case. */
    String name();

    /** The columns a file may have, in template order; each row's values are keyed by their canonical names. */
    List<ImportColumn> columns();

    /** The roles that may upload, fix, commit and discard imports of this type (everyone in scope may read them). */
    Set<Role> allowedRoles();

    /**
     * Starts validating (and possibly committing) rows for one client, which the pipeline has already checked is in
     * the caller's scope. Load what the rows are checked against (existing codes, lookups of codes to ids) here, once,
     * with queries restricted to {@code clientId}: a session handles up to 100 000 rows and must not query per row.
     */
    ImportSession open(long clientId, ImportContext context);
}
