package io.kpiops.platform.persistence;

import io.kpiops.platform.tenancy.TenantGuard;
import io.kpiops.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A record of shift data (production, quality, downtime, attendance, holds): owned by one client, stamped with who
 * entered it and how, and deleted only softly so that the audit trail and the numbers of past reports stay
 * explainable. Each concrete entity adds the tenant {@code @Filter} and {@code @SQLRestriction("deleted_at is null")}.
 */
@MappedSuperclass
@EntityListeners(TenantGuard.class)
public abstract class EntryRecord extends VersionedEntity implements TenantOwned {

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private EntryMethod entryMethod;

    @Column(updatable = false)
    private Long enteredBy;

    @Column(nullable = false, length = 100, updatable = false)
    private String enteredByName;

    private Instant deletedAt;

    @Column(length = 100)
    private String deletedByName;

    protected EntryRecord() {}

    protected EntryRecord(long clientId, EntryMethod method, Long enteredBy, String enteredByName, Instant now) {
        super(now);
        this.clientId = clientId;
        this.entryMethod = method;
        this.enteredBy = enteredBy;
        this.enteredByName = enteredByName;
    }

    public Long getClientId() {
        return clientId;
    }

    public EntryMethod getEntryMethod() {
        return entryMethod;
    }

    public Long getEnteredBy() {
        return enteredBy;
    }

    public String getEnteredByName() {
        return enteredByName;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    /** Marks the record deleted; it disappears from every read but stays in the database. */
    public void markDeleted(String by, Instant now) {
        this.deletedAt = now;
        this.deletedByName = by;
        touch(now);
    }

    @Override
    public Long tenantId() {
        return clientId;
    }
}
