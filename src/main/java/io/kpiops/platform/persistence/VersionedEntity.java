package io.kpiops.platform.persistence;

import io.kpiops.platform.web.StaleVersionException;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The common shape of editable records: a generated id, an optimistic-locking version that updates must quote, and
 * creation and last-change instants (UTC).
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected VersionedEntity() {}

    protected VersionedEntity(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    protected void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Refuses (409) an update based on another version than the current one. */
    public void requireVersion(long expected, String what) {
        if (version != expected) {
            throw new StaleVersionException(what, version);
        }
    }
}
