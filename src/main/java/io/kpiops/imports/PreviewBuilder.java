package io.kpiops.imports;

import io.kpiops.imports.read.RowHandler;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Receives an upload's rows as they are read: matches the header, validates each row and stores rows in batches. */
final class PreviewBuilder implements RowHandler {

    private final ImportType type;
    private final ImportSession session;
    private final ImportRowStore store;
    private final long importId;
    private final ImportProperties limits;
    private final List<StoredRow> batch = new ArrayList<>();
    private FileColumns columns;
    private int total;
    private int valid;

    PreviewBuilder(ImportType type, ImportSession session, ImportRowStore store, long importId, ImportProperties limits) {
        this.type = type;
        this.session = session;
        this.store = store;
        this.importId = importId;
        this.limits = limits;
    }

    @Override
    public void header(List<String> names) {
        columns = FileColumns.match(type, names);
    }

    @Override
    public void row(int rowNumber, String[] cells, Map<Integer, String> refused) {
        if (++total > limits.maxRows()) {
            throw ApiException.invalid("file", "has more than " + limits.maxRows() + " data rows; split it into several files");
        }
        List<FieldError> readErrors = new ArrayList<>(0);
        StoredRow row = StoredRow.check(session, rowNumber, columns.values(cells, refused, readErrors), readErrors);
        valid += row.valid() ? 1 : 0;
        batch.add(row);
        if (batch.size() >= limits.chunkRows()) {
            flush();
        }
    }

    /** Stores the last batch; refuses a file without data rows. */
    void finish() {
        flush();
        if (total == 0) {
            throw ApiException.invalid("file", "has no data rows below its header");
        }
    }

    private void flush() {
        if (!batch.isEmpty()) {
            store.insert(importId, batch);
            batch.clear();
        }
    }

    FileColumns columns() {
        return columns;
    }

    int total() {
        return total;
    }

    int valid() {
        return valid;
    }
}
