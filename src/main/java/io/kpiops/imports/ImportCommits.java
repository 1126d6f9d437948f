package io.kpiops.imports;

import io.kpiops.imports.ImportRequests.CommitResponse;
import io.kpiops.imports.ImportRequests.DuplicateOfResponse;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commits a preview in one transaction: every stored row is validated again by a fresh session (the data it is
 * checked against may have changed since the upload), the valid ones are written by the type in chunks, and the
 * import is closed with its counts and one audit record. With all_or_nothing, any rejected row refuses the commit
 * (422) and nothing is written.
 */
@Service
class ImportCommits {

    /** Rows named in a refused all-or-nothing commit, at most. */
    static final int MAX_NAMED = 100;

    private final ImportService imports;
    private final ImportTypes types;
    private final ImportRepository repository;
    private final ImportRowStore rows;
    private final ImportProperties limits;
    private final AuditLog audit;
    private final Clock clock;

    ImportCommits(ImportService imports, ImportTypes types, ImportRepository repository, ImportRowStore rows,
            ImportProperties limits, AuditLog audit, Clock clock) {
        this.imports = imports;
        this.types = types;
        this.repository = repository;
        this.rows = rows;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    CommitResponse commit(long id, CommitMode mode, boolean allowDuplicate) {
        DataImport imp = imports.loadForChange(id);
        types.requireClient(imp.getClientId());
        if (!allowDuplicate) {
            refuseDuplicate(imp);
        }
        if (mode == CommitMode.ALL_OR_NOTHING && imp.rejectedRows > 0) {
            throw rejected(imp.rejectedRows, List.of());
        }
        imp.claim(clock.instant());
        repository.saveAndFlush(imp);

        ImportSession session = types.open(types.of(imp), imp.getClientId());
        List<FieldError> newlyRejected = new ArrayList<>();
        ImportResult[] result = {ImportResult.NONE};
        int valid = RowPass.run(rows, id, session, limits.chunkRows(), (checked, changed) -> {
            if (mode == CommitMode.ALL_OR_NOTHING) {
                changed.stream().filter(r -> !r.valid()).forEach(r -> named(r, newlyRejected));
            } else if (!changed.isEmpty()) {
                rows.updateErrors(id, changed);
            }
            if (newlyRejected.isEmpty()) {
                List<ImportRow> accepted = checked.stream().filter(StoredRow::valid).map(StoredRow::toImportRow).toList();
                result[0] = result[0].plus(accepted.isEmpty() ? ImportResult.NONE : session.commit(accepted));
            }
        });
        if (!newlyRejected.isEmpty()) {
            throw rejected(imp.totalRows - valid, newlyRejected);
        }
        session.finish();
        imp.committed(mode, valid, result[0].created(), result[0].updated(), clock.instant());
        audit.record("import", imp.getId(), imp.getClientId(), AuditAction.UPDATE, Map.of("status", ImportStatus.PREVIEW.name()),
                summary(imp));
        return new CommitResponse(id, imp.status.name(), imp.createdCount, imp.updatedCount, imp.rejectedRows, mode);
    }

    private void refuseDuplicate(DataImport imp) {
        repository.sameContent(imp.getClientId(), imp.type, imp.contentHash, imp.getId(), PageRequest.of(0, 1)).stream()
                .filter(d -> d.status == ImportStatus.COMMITTED).findFirst().ifPresent(d -> {
                    throw new ApiException(HttpStatus.CONFLICT, "duplicate_file", "The same file was already imported for"
                            + " this client as import " + d.getId() + " (" + d.fileName + "); commit with allow_duplicate"
                            + " to import it again.", List.of(new FieldError("allow_duplicate", "the file was imported before")),
                            Map.of("duplicate_of", DuplicateOfResponse.of(d)));
                });
    }

    private static void named(StoredRow r, List<FieldError> into) {
        for (FieldError e : r.errors()) {
            if (into.size() < MAX_NAMED) {
                into.add(new FieldError(e.field(), "row " + r.rowNumber() + ": " + e.message()));
            }
        }
    }

    private static ApiException rejected(int count, List<FieldError> errors) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "rows_rejected", count + " row(s) are rejected; with"
                + " all_or_nothing nothing was written. Fix them, or commit with valid_only.", errors, Map.of("rejected_rows", count));
    }

    private static Map<String, Object> summary(DataImport imp) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", imp.status.name());
        s.put("type", imp.type);
        s.put("file_name", imp.fileName);
        s.put("content_hash", imp.contentHash);
        s.put("mode", imp.mode.value());
        s.put("created", imp.createdCount);
        s.put("updated", imp.updatedCount);
        s.put("rejected", imp.rejectedRows);
        return s;
    }
}
