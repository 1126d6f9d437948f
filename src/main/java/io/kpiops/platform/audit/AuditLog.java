package io.kpiops.platform.audit;

import io.kpiops.platform.db.JdbcValues;
import io.kpiops.platform.events.EntryChanges;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change of audited data: who (the authenticated caller, or "system"), when, which entity and id, the
 * action, and the old and new values as JSON. Runs inside the caller's transaction so that a change and its audit
 * row are committed, or rolled back, together. Since every write of client data passes here, it also tells
 * {@link EntryChanges} which entries changed (published as live-update events after the commit).
 */
@Service
public class AuditLog {

    private static final String INSERT = "insert into audit_log (at, user_id, username, client_id, entity, entity_id, action,"
            + " old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1000;

    private final AuditRepository repository;
    private final JsonMapper json;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final EntryChanges changes;

    AuditLog(AuditRepository repository, JsonMapper json, Clock clock, JdbcTemplate jdbc, EntryChanges changes) {
        this.changes = changes;
        this.repository = repository;
        this.json = json;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** One change of {@link #recordAll}. */
    public record Change(String entity, Object entityId, Long clientId, AuditAction action, Object oldValue, Object newValue) {}

    /** Who is acting, as the audit log names them. */
    public interface Actor {
        Long actorId();

        String actorName();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entity, Object entityId, Long clientId, AuditAction action, Object oldValue, Object newValue) {
        save(currentActorId(), currentActorName(), entity, entityId, clientId, action, oldValue, newValue);
        changes.audited(entity, clientId, action, oldValue, newValue);
    }

    /**
     * Records many changes by the current caller with batched inserts, for bulk writes (imports) where one entity
     * save per change would be too slow; the rows are the same as {@link #record} writes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<Change> changes) {
        Long userId = currentActorId();
        String username = currentActorName();
        Instant at = clock.instant();
        for (int from = 0; from < changes.size(); from += BATCH) {
            List<Change> chunk = changes.subList(from, Math.min(changes.size(), from + BATCH));
            jdbc.batchUpdate(INSERT, chunk, chunk.size(), (ps, c) -> bind(ps, c, at, userId, username));
        }
        changes.forEach(c -> this.changes.audited(c.entity(), c.clientId(), c.action(), c.oldValue(), c.newValue()));
    }

    private void bind(PreparedStatement ps, Change c, Instant at, Long userId, String username) throws SQLException {
        JdbcValues.instant(ps, 1, at);
        JdbcValues.nullableLong(ps, 2, userId);
        ps.setString(3, username);
        JdbcValues.nullableLong(ps, 4, c.clientId());
        ps.setString(5, c.entity());
        ps.setString(6, String.valueOf(c.entityId()));
        ps.setString(7, c.action().name());
        ps.setString(8, toJson(c.oldValue()));
        ps.setString(9, toJson(c.newValue()));
    }

    /** For events whose actor is not (yet) authenticated, e.g. a failed login: named explicitly. */
    @Transactional
    public void recordAs(Long userId, String username, String entity, Object entityId, AuditAction action, Object newValue) {
        save(userId, username, entity, entityId, null, action, null, newValue);
    }

    private void save(Long userId, String username, String entity, Object entityId, Long clientId, AuditAction action,
            Object oldValue, Object newValue) {
        repository.save(new AuditEntry(clock.instant(), userId, username, clientId, entity, String.valueOf(entityId),
                action, toJson(oldValue), toJson(newValue)));
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static Long currentActorId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Actor a ? a.actorId() : null;
    }

    private static String currentActorName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Actor a ? a.actorName() : "system";
    }
}
