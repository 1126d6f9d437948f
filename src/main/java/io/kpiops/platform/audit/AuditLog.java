package io.kpiops.platform.audit;

import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change of audited data: who (the authenticated caller, or "system"), when, which entity and id, the
 * action, and the old and new values as JSON. Runs inside the caller's transaction so that a change and its audit
 * row are committed, or rolled back, together.
 */
@Service
public class AuditLog {

    private final AuditRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    /** Who is acting, as the audit log names them. */
    public interface Actor {
        Long actorId();

        String actorName();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entity, Object entityId, Long clientId, AuditAction action, Object oldValue, Object newValue) {
        save(currentActorId(), currentActorName(), entity, entityId, clientId, action, oldValue, newValue);
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
