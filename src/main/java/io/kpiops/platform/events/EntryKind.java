package io.kpiops.platform.events;

/**
 * The kinds of client data whose changes move KPIs; {@link #key()} is the name on the wire (snake_case). Each kind
 * names the audit-log entities of its writes, since every write of them is audited in its own transaction.
 */
public enum EntryKind {
    PRODUCTION("production", "production_entry"),
    QUALITY("quality", "quality_entry"),
    DOWNTIME("downtime", "downtime_entry"),
    HOLDS("holds", "hold"),
    ATTENDANCE("attendance", "attendance_entry"),
    WORK_ORDERS("work_orders", "work_order", "job");

    private final String key;
    private final java.util.List<String> auditEntities;

    EntryKind(String key, String... auditEntities) {
        this.key = key;
        this.auditEntities = java.util.List.of(auditEntities);
    }

    /** The kind whose changes the audit log records under {@code entity} (its entity name), if any. */
    public static java.util.Optional<EntryKind> ofAuditEntity(String entity) {
        for (EntryKind k : values()) {
            if (k.auditEntities.contains(entity)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }

    public String key() {
        return key;
    }
}
