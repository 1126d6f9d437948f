package io.kpiops.users;

import io.kpiops.platform.persistence.VersionedEntity;
import io.kpiops.platform.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A person who signs in: role, client assignments and sign-in state. */
@Entity
@Table(name = "users")
class User extends VersionedEntity {

    @Column(nullable = false, length = 50, updatable = false)
    String username;

    @Column(nullable = false, length = 254)
    String email;

    @Column(nullable = false, length = 100)
    String fullName;

    @Column(nullable = false, length = 16)
    Role role;

    @Column(nullable = false, length = 100)
    String passwordHash;

    @Column(nullable = false)
    boolean active;

    @Column(nullable = false)
    int failedLogins;

    Instant lockedUntil;

    /** Access tokens issued before this instant are refused (password change, reset, deactivation). */
    Instant sessionsValidAfter;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_clients", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "client_id", nullable = false)
    Set<Long> clientIds = new HashSet<>();

    protected User() {}

    User(String username, String email, String fullName, Role role, String passwordHash, Set<Long> clientIds, boolean active,
            Instant now) {
        super(now);
        this.username = username;
        this.email = email;
        this.fullName = fullName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.clientIds = new HashSet<>(clientIds);
        this.active = active;
    }

    /** Re-declared so that the users package (not only subclasses) may stamp a change. */
    @Override
    protected void touch(Instant now) {
        super.touch(now);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
