package io.kpiops.users;

import io.kpiops.clients.ClientService;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.security.CurrentCaller;
import io.kpiops.platform.security.PasswordPolicy;
import io.kpiops.platform.security.RefreshTokens;
import io.kpiops.platform.security.Role;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.users.UserRequests.CreateUserRequest;
import io.kpiops.users.UserRequests.UpdateUserRequest;
import io.kpiops.users.UserRequests.UserSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration. Rules: operator exactly one client; leader and poweruser one or more; admin none (sees all).
 * Passwords follow the policy; every change is audited; ending a user's access revokes their sessions.
 */
@Service
public class UserService {

    static final String ENTITY = "user";

    private final UserRepository repository;
    private final ClientService clients;
    private final PasswordEncoder encoder;
    private final RefreshTokens refreshTokens;
    private final AuditLog audit;
    private final Clock clock;

    UserService(UserRepository repository, ClientService clients, PasswordEncoder encoder, RefreshTokens refreshTokens,
            AuditLog audit, Clock clock) {
        this.repository = repository;
        this.clients = clients;
        this.encoder = encoder;
        this.refreshTokens = refreshTokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<User> search(String q, Role role, Boolean active, Long clientId, Pageable pageable) {
        String pattern = q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase(Locale.ROOT) + "%";
        return repository.search(pattern, role, active, clientId, pageable);
    }

    @Transactional(readOnly = true)
    User get(long id) {
        return repository.findById(id).orElseThrow(() -> ApiException.notFound("User " + id));
    }

    @Transactional
    User create(CreateUserRequest request) {
        Set<Long> clientIds = request.clientIds() == null ? Set.of() : request.clientIds();
        List<FieldError> errors = new ArrayList<>(assignmentErrors(request.role(), clientIds));
        PasswordPolicy.violations(request.password()).forEach(v -> errors.add(new FieldError("password", v)));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (repository.existsByUsernameIgnoreCase(request.username())) {
            throw ApiException.conflict("username", "The username " + request.username() + " is taken.");
        }
        if (repository.existsByEmailIgnoreCase(request.email())) {
            throw ApiException.conflict("email", "Another user already has the e-mail " + request.email() + ".");
        }
        User user = repository.save(new User(request.username().trim(), request.email().trim(), request.fullName().trim(),
                request.role(), encoder.encode(request.password()), clientIds,
                request.active() == null || request.active(), clock.instant()));
        audit.record(ENTITY, user.getId(), null, AuditAction.CREATE, null, UserSnapshot.of(user));
        return user;
    }

    /** Creates a user without a caller (first start, demo data); same rules, audited as "system". */
    @Transactional
    public long createAsSystem(String username, String email, String fullName, Role role, String password, Set<Long> clientIds) {
        return create(new CreateUserRequest(username, email, fullName, role, password, clientIds, true)).getId();
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return repository.count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return repository.existsByUsernameIgnoreCase(username);
    }

    @Transactional
    User update(long id, UpdateUserRequest request) {
        User user = get(id);
        user.requireVersion(request.version(), "User " + user.username);
        Set<Long> clientIds = request.clientIds() == null ? Set.of() : request.clientIds();
        List<FieldError> errors = new ArrayList<>(assignmentErrors(request.role(), clientIds, user.clientIds));
        boolean self = user.getId().equals(CurrentCaller.get().id());
        if (self && !request.active()) {
            errors.add(new FieldError("active", "you cannot deactivate your own account"));
        }
        if (self && request.role() != user.role) {
            errors.add(new FieldError("role", "you cannot change your own role"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (repository.existsByEmailIgnoreCaseAndIdNot(request.email(), user.getId())) {
            throw ApiException.conflict("email", "Another user already has the e-mail " + request.email() + ".");
        }
        UserSnapshot before = UserSnapshot.of(user);
        boolean deactivated = user.active && !request.active();
        user.email = request.email().trim();
        user.fullName = request.fullName().trim();
        user.role = request.role();
        user.clientIds = new HashSet<>(clientIds);
        user.active = request.active();
        user.touch(clock.instant());
        if (deactivated) {
            endSessions(user);
        }
        repository.flush();
        audit.record(ENTITY, user.getId(), null, AuditAction.UPDATE, before, UserSnapshot.of(user));
        return user;
    }

    @Transactional
    void resetPassword(long id, String newPassword) {
        User user = get(id);
        requirePolicy("new_password", newPassword);
        user.passwordHash = encoder.encode(newPassword);
        user.failedLogins = 0;
        user.lockedUntil = null;
        user.touch(clock.instant());
        endSessions(user);
        audit.record(ENTITY, user.getId(), null, AuditAction.PASSWORD_RESET, null, null);
    }

    @Transactional
    void unlock(long id) {
        User user = get(id);
        user.failedLogins = 0;
        user.lockedUntil = null;
        user.touch(clock.instant());
        audit.record(ENTITY, user.getId(), null, AuditAction.UNLOCKED, null, null);
    }

    /**
     * Refuses every access token issued so far and every refresh token of the user. Tokens carry their issue time in
     * whole seconds, so the cut-off is the next whole second; tokens minted from now on are dated at or after it.
     */
    void endSessions(User user) {
        user.sessionsValidAfter = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        refreshTokens.revokeAllSessions(user.getId());
    }

    static void requirePolicy(String field, String password) {
        List<FieldError> errors = PasswordPolicy.violations(password).stream().map(v -> new FieldError(field, v)).toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private List<FieldError> assignmentErrors(Role role, Set<Long> clientIds) {
        return assignmentErrors(role, clientIds, Set.of());
    }

    /** Role ↔ client rules; clients already assigned may stay even if now inactive. */
    private List<FieldError> assignmentErrors(Role role, Set<Long> clientIds, Set<Long> alreadyAssigned) {
        List<FieldError> errors = new ArrayList<>();
        switch (role) {
            case OPERATOR -> {
                if (clientIds.size() != 1) {
                    errors.add(new FieldError("client_ids", "an operator must be assigned exactly one client"));
                }
            }
            case LEADER, POWERUSER -> {
                if (clientIds.isEmpty()) {
                    errors.add(new FieldError("client_ids", "a " + role.value() + " must be assigned at least one client"));
                }
            }
            case ADMIN -> {
                if (!clientIds.isEmpty()) {
                    errors.add(new FieldError("client_ids", "an admin sees every client and takes no assignment"));
                }
            }
        }
        Set<Long> added = new HashSet<>(clientIds);
        added.removeAll(alreadyAssigned);
        errors.addAll(clients.checkAssignable("client_ids", added));
        return errors;
    }

    Instant now() {
        return clock.instant();
    }
}
