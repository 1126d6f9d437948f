package io.kpiops.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One issued refresh token, stored only as a SHA-256 hash; tokens of one login form a family. */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    Long userId;

    @Column(nullable = false, length = 36)
    String familyId;

    @Column(nullable = false, length = 64)
    String tokenHash;

    @Column(nullable = false)
    Instant issuedAt;

    @Column(nullable = false)
    Instant expiresAt;

    Instant usedAt;

    Instant revokedAt;

    protected RefreshToken() {}

    RefreshToken(Long userId, String familyId, String tokenHash, Instant issuedAt, Instant expiresAt) {
        this.userId = userId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }
}
