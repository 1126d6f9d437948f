package io.kpiops.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass of a fresh session over an import's stored rows, in row order and in chunks: every row is validated again
 * (lookups may have changed since the upload, and a fixed row changes which rows repeat a key), and the chunk handed
 * on with the rows whose errors changed.
 */
final class RowPass {

    interface Chunk {
        void accept(List<StoredRow> checked, List<StoredRow> changed);
    }

    private RowPass() {}

    /** Runs the pass and returns the number of valid rows. */
    static int run(ImportRowStore store, long importId, ImportSession session, int chunkRows, Chunk handler) {
        int valid = 0;
        int after = 0;
        while (true) {
            List<StoredRow> stored = store.after(importId, ImportRowStore.Filter.ALL, after, chunkRows);
            if (stored.isEmpty()) {
                return valid;
            }
            List<StoredRow> checked = new ArrayList<>(stored.size());
            List<StoredRow> changed = new ArrayList<>();
            for (StoredRow old : stored) {
                StoredRow now = old.recheck(session);
                checked.add(now);
                valid += now.valid() ? 1 : 0;
                if (!now.errors().equals(old.errors())) {
                    changed.add(now);
                }
            }
            handler.accept(checked, changed);
            after = stored.getLast().rowNumber();
        }
    }
}
