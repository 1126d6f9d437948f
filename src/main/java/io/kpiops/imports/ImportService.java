package io.kpiops.imports;

import io.kpiops.imports.ImportRequests.DuplicateOfResponse;
import io.kpiops.imports.ImportRequests.ImportResponse;
import io.kpiops.imports.ImportRequests.RowResponse;
import io.kpiops.imports.ImportRequests.RowUpdateResponse;
import io.kpiops.imports.read.UploadReader;
import io.kpiops.platform.security.Caller;
import io.kpiops.platform.security.CurrentCaller;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.PageQuery;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads (parse, validate, store the preview), reading previews and the import log, fixing rows, and discarding.
 * Reading is open to everyone in the client's scope; changing needs a role the import type allows.
 */
@Service
class ImportService {

    private final ImportTypes types;
    private final ImportRepository imports;
    private final ImportRowStore rows;
    private final ImportProperties limits;
    private final JsonMapper json;
    private final Clock clock;

    ImportService(ImportTypes types, ImportRepository imports, ImportRowStore rows, ImportProperties limits, JsonMapper json,
            Clock clock) {
        this.types = types;
        this.imports = imports;
        this.rows = rows;
        this.limits = limits;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    ImportResponse upload(byte[] content, String fileName, String typeName, Long clientId) {
        ImportType type = types.require(typeName);
        types.requireAllowed(type);
        types.requireClient(clientId);
        if (content == null) {
            throw ApiException.invalid("file", "is required (multipart field 'file': a CSV or XLSX file)");
        }
        Caller caller = CurrentCaller.get();
        DataImport imp = imports.saveAndFlush(new DataImport(clientId, type.name(), fileName(fileName), sha256(content),
                caller.id(), caller.username(), clock.instant()));
        PreviewBuilder preview = new PreviewBuilder(type, types.open(type, clientId), rows, imp.getId(), limits);
        List<String> warnings = new ArrayList<>(UploadReader.read(content, preview));
        preview.finish();
        warnings.addAll(preview.columns().warnings());
        imp.read(json.writeValueAsString(preview.columns().sources()), json.writeValueAsString(warnings), preview.total(),
                preview.valid(), clock.instant());
        return response(imp, PageRequest.of(0, PageQuery.DEFAULT_SIZE), ImportRowStore.Filter.ALL);
    }

    @Transactional(readOnly = true)
    ImportResponse get(long id, Pageable page, ImportRowStore.Filter filter) {
        return response(load(id), page, filter);
    }

    @Transactional(readOnly = true)
    Page<DataImport> list(Long clientId, String type, Pageable pageable) {
        return imports.search(clientId, type == null || type.isBlank() ? null : type.trim(), pageable);
    }

    @Transactional(readOnly = true)
    StoredRow row(long id, int rowNumber) {
        return findRow(load(id), rowNumber);
    }

    /** Changes some values of a row of a preview; then every row is validated again (keys repeated in the file may change). */
    @Transactional
    RowUpdateResponse updateRow(long id, int rowNumber, Map<String, String> changes) {
        DataImport imp = loadForChange(id);
        ImportType type = types.of(imp);
        StoredRow row = findRow(imp, rowNumber);
        Map<String, ImportColumn> known = FileColumns.index(type.columns());
        Map<String, String> values = new LinkedHashMap<>(row.values());
        List<FieldError> readErrors = new ArrayList<>(row.readErrors());
        List<FileColumns.Source> sources = new ArrayList<>(sources(imp));
        List<FieldError> unknown = new ArrayList<>();
        changes.forEach((key, value) -> {
            ImportColumn column = known.get(FileColumns.normalize(key));
            if (column == null) {
                unknown.add(new FieldError("values." + key, "is not a column of " + type.name()));
                return;
            }
            readErrors.removeIf(e -> e.field().equals(column.name()));
            String cleaned = FileColumns.clean(column.name(), value, readErrors);
            if (cleaned == null) {
                values.remove(column.name());
            } else {
                values.put(column.name(), cleaned);
            }
            if (sources.stream().noneMatch(s -> s.name().equals(column.name()))) {
                sources.add(new FileColumns.Source(column.name(), column.name()));
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiException.invalid(unknown);
        }
        rows.update(id, new StoredRow(rowNumber, values, List.copyOf(readErrors), row.errors()));
        int valid = RowPass.run(rows, id, types.open(type, imp.getClientId()), limits.chunkRows(),
                (checked, changed) -> rows.updateErrors(id, changed));
        imp.fixed(json.writeValueAsString(sources), valid, clock.instant());
        return new RowUpdateResponse(id, imp.status.name(), imp.totalRows, imp.validRows, imp.rejectedRows,
                RowResponse.of(findRow(imp, rowNumber)));
    }

    @Transactional
    void discard(long id) {
        DataImport imp = loadForChange(id);
        rows.deleteAll(id);
        imp.discarded(clock.instant());
    }

    /** A file to download. */
    record Download(String fileName, byte[] content) {}

    /** The rejected rows with the file's own headers and an error column, to fix and upload again. */
    @Transactional(readOnly = true)
    Download rejectedCsv(long id) {
        DataImport imp = load(id);
        List<FileColumns.Source> columns = sources(imp);
        List<String> header = new ArrayList<>(columns.stream().map(FileColumns.Source::header).toList());
        header.add("error");
        CsvOutput csv = new CsvOutput().line(header);
        int after = 0;
        List<StoredRow> chunk;
        while (!(chunk = rows.after(id, ImportRowStore.Filter.REJECTED, after, limits.chunkRows())).isEmpty()) {
            for (StoredRow r : chunk) {
                List<String> cells = new ArrayList<>(columns.stream().map(c -> r.values().get(c.name())).toList());
                cells.add(String.join("; ", r.errors().stream().map(e -> e.field() + ": " + e.message()).toList()));
                csv.line(cells);
            }
            after = chunk.getLast().rowNumber();
        }
        return new Download(imp.fileName.replaceAll("\\.[A-Za-z0-9]{1,5}$", "") + "-rejected.csv", csv.bytes());
    }

    /** A template: the canonical headers and one example row. */
    byte[] template(String typeName) {
        ImportType type = types.require(typeName);
        return new CsvOutput().line(type.columns().stream().map(ImportColumn::name).toList())
                .line(type.columns().stream().map(ImportColumn::example).toList()).bytes();
    }

    List<ImportType> types() {
        return types.all();
    }

    private ImportResponse response(DataImport imp, Pageable page, ImportRowStore.Filter filter) {
        List<RowResponse> shown = rows.page(imp.getId(), filter, page.getOffset(), page.getPageSize()).stream()
                .map(RowResponse::of).toList();
        List<String> warnings = json.readValue(imp.warningsJson, new TypeReference<List<String>>() {});
        DuplicateOfResponse duplicate = imports.sameContent(imp.getClientId(), imp.type, imp.contentHash, imp.getId(),
                PageRequest.of(0, 1)).stream().findFirst().map(DuplicateOfResponse::of).orElse(null);
        return new ImportResponse(imp.getId(), imp.type, imp.getClientId(), imp.fileName, imp.status.name(), imp.totalRows,
                imp.validRows, imp.rejectedRows, duplicate, warnings, shown, page.getPageNumber(), page.getPageSize());
    }

    private List<FileColumns.Source> sources(DataImport imp) {
        return json.readValue(imp.columnsJson, new TypeReference<List<FileColumns.Source>>() {});
    }

    DataImport load(long id) {
        return imports.findById(id).orElseThrow(() -> ApiException.notFound("Import " + id));
    }

    /** An import the caller may change: its type allows the caller's role, and it is still a preview (409 otherwise). */
    DataImport loadForChange(long id) {
        DataImport imp = load(id);
        types.requireAllowed(types.of(imp));
        if (imp.status != ImportStatus.PREVIEW) {
            throw new ApiException(HttpStatus.CONFLICT, "import_closed", "Import " + id + " is " + imp.status
                    + "; only a preview can be changed, committed or discarded.",
                    List.of(new FieldError("status", "is " + imp.status)), Map.of("status", imp.status.name()));
        }
        return imp;
    }

    private StoredRow findRow(DataImport imp, int rowNumber) {
        return rows.find(imp.getId(), rowNumber)
                .orElseThrow(() -> ApiException.notFound("Row " + rowNumber + " of import " + imp.getId()));
    }

    private static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return "upload";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
