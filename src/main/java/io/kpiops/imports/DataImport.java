package io.kpiops.imports;

import io.kpiops.platform.persistence.TenantEntity;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/**
 * One uploaded file of a client: its type, content hash (for the duplicate-file check), status and row counts, who
 * uploaded it, and — once committed — how and with what result. Its rows live in {@code import_rows} (JDBC, see
 * {@link ImportRowStore}).
 */
@Entity
@Table(name = "imports")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class DataImport extends TenantEntity {

    @Column(nullable = false, length = 40, updatable = false)
    String type;

    @Column(nullable = false, length = 255, updatable = false)
    String fileName;

    @Column(nullable = false, length = 64, updatable = false)
    String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    ImportStatus status;

    int totalRows;
    int validRows;
    int rejectedRows;
    Integer createdCount;
    Integer updatedCount;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    CommitMode mode;

    /** The file's columns in order: [{name, header}] as JSON. */
    @Column(nullable = false, length = 1_000_000)
    String columnsJson;

    /** How the file was read: ["…"] as JSON. */
    @Column(nullable = false, length = 1_000_000)
    String warningsJson;

    @Column(updatable = false)
    Long createdBy;

    @Column(nullable = false, length = 50, updatable = false)
    String createdByName;

    Instant committedAt;

    protected DataImport() {}

    DataImport(long clientId, String type, String fileName, String contentHash, Long createdBy, String createdByName,
            Instant now) {
        super(clientId, now);
        this.type = type;
        this.fileName = fileName;
        this.contentHash = contentHash;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.status = ImportStatus.PREVIEW;
        this.columnsJson = "[]";
        this.warningsJson = "[]";
    }

    void read(String columnsJson, String warningsJson, int total, int valid, Instant now) {
        this.columnsJson = columnsJson;
        this.warningsJson = warningsJson;
        counted(total, valid, now);
    }

    /** After a row was fixed: the columns (a fix may add one) and the new count of valid rows. */
    void fixed(String columnsJson, int valid, Instant now) {
        this.columnsJson = columnsJson;
        counted(totalRows, valid, now);
    }

    void counted(int total, int valid, Instant now) {
        this.totalRows = total;
        this.validRows = valid;
        this.rejectedRows = total - valid;
        touch(now);
    }

    void committed(CommitMode mode, int valid, int created, int updated, Instant now) {
        counted(totalRows, valid, now);
        this.status = ImportStatus.COMMITTED;
        this.mode = mode;
        this.createdCount = created;
        this.updatedCount = updated;
        this.committedAt = now;
    }

    void discarded(Instant now) {
        this.status = ImportStatus.DISCARDED;
        touch(now);
    }

    /** Marks the record changed (new version), so that a concurrent commit of the same import waits and then fails. */
    void claim(Instant now) {
        touch(now);
    }
}
