package io.kpiops.users;

import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.config.KpiProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in bookkeeping in transactions of its own, so that a failed attempt is counted (and audited) even though the
 * request then fails: N failures in a row lock the account for M minutes.
 */
@Component
class LoginAttempts {

    private final UserRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(UserRepository repository, AuditLog audit, Clock clock, KpiProperties props) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = props.lockoutAttempts();
        this.lockout = Duration.ofMinutes(props.lockoutMinutes());
    }

    @Transactional(readOnly = true)
    Optional<User> find(String username) {
        return repository.findByUsernameIgnoreCase(username.trim());
    }

    /** Counts a wrong password; returns the lock's end when this failure locked the account. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<Instant> failed(long userId) {
        User user = repository.findById(userId).orElseThrow();
        user.failedLogins++;
        if (user.failedLogins >= maxFailures) {
            user.failedLogins = 0;
            user.lockedUntil = clock.instant().plus(lockout);
            audit.recordAs(user.getId(), user.username, UserService.ENTITY, user.getId(), AuditAction.LOCKED,
                    java.util.Map.of("locked_until", user.lockedUntil.toString(), "failed_logins", maxFailures));
            return Optional.of(user.lockedUntil);
        }
        audit.recordAs(user.getId(), user.username, UserService.ENTITY, user.getId(), AuditAction.LOGIN_FAILED,
                java.util.Map.of("failed_logins", user.failedLogins));
        return Optional.empty();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void unknownUser(String username) {
        String name = username.length() > 50 ? username.substring(0, 50) : username;
        audit.recordAs(null, name, UserService.ENTITY, "-", AuditAction.LOGIN_FAILED, java.util.Map.of("reason", "unknown user"));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(long userId) {
        User user = repository.findById(userId).orElseThrow();
        user.failedLogins = 0;
        user.lockedUntil = null;
        audit.recordAs(user.getId(), user.username, UserService.ENTITY, user.getId(), AuditAction.LOGIN, null);
    }
}
