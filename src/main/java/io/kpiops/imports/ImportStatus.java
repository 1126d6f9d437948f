package io.kpiops.imports;

/** Where an import stands: previewed (rows stored, fixable), committed (written), or discarded (rows dropped). */
enum ImportStatus {
    PREVIEW, COMMITTED, DISCARDED
}
