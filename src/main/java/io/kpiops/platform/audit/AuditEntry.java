package io.kpiops.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the audit log: who changed what, when, from which values to which. Never updated or deleted. */
@Entity
@Table(name = "audit_log")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    Instant at;

    Long userId;

    @Column(nullable = false, length = 50)
    String username;

    Long clientId;

    @Column(nullable = false, length = 40)
    String entity;

    @Column(nullable = false, length = 64)
    String entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    AuditAction action;

    @Column(length = 1_000_000)
    String oldValue;

    @Column(length = 1_000_000)
    String newValue;

    protected AuditEntry() {}

    AuditEntry(Instant at, Long userId, String username, Long clientId, String entity, String entityId,
            AuditAction action, String oldValue, String newValue) {
        this.at = at;
        this.userId = userId;
        this.username = username;
        this.clientId = clientId;
        this.entity = entity;
        this.entityId = entityId;
        this.action = action;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }
}
