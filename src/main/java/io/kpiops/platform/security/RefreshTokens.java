package io.kpiops.platform.security;

import io.kpiops.platform.config.KpiProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotating refresh tokens: each use returns a new token of the same family and spends the old one; presenting a spent
 * token again (a stolen copy being replayed) revokes the whole family, ending that login everywhere.
 */
@Service
public class RefreshTokens {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenRepository repository;
    private final Clock clock;
    private final Duration ttl;

    RefreshTokens(RefreshTokenRepository repository, Clock clock, KpiProperties props) {
        this.repository = repository;
        this.clock = clock;
        this.ttl = Duration.ofHours(props.refreshTokenHours());
    }

    /** A raw refresh token and the session (family) it belongs to. */
    public record Issued(long userId, String familyId, String token) {}

    public Duration ttl() {
        return ttl;
    }

    @Transactional
    public Issued startSession(long userId) {
        return issue(userId, UUID.randomUUID().toString());
    }

    /**
     * Spends a refresh token and returns its successor, or empty when it is unknown, expired, revoked or already
     * spent (the last case revokes the family; that revocation commits even though the caller's request fails).
     */
    @Transactional(noRollbackFor = RuntimeException.class)
    public Optional<Issued> rotate(String rawToken) {
        Optional<RefreshToken> found = repository.findByTokenHash(hash(rawToken));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken token = found.get();
        Instant now = clock.instant();
        if (token.revokedAt != null || token.expiresAt.isBefore(now)) {
            return Optional.empty();
        }
        if (token.usedAt != null) {
            log.warn("Refresh token of user {} replayed; revoking session {}", token.userId, token.familyId);
            repository.revokeFamily(token.familyId, now);
            return Optional.empty();
        }
        token.usedAt = now;
        return Optional.of(issue(token.userId, token.familyId));
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void revokeSession(String familyId) {
        repository.revokeFamily(familyId, clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void revokeAllSessions(long userId) {
        repository.revokeAllOfUser(userId, clock.instant());
    }

    /** The family a raw token belongs to, if it is one of ours. */
    @Transactional(readOnly = true)
    public Optional<String> sessionOf(String rawToken) {
        return repository.findByTokenHash(hash(rawToken)).map(t -> t.familyId);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void purgeExpired() {
        repository.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    private Issued issue(long userId, String familyId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        repository.save(new RefreshToken(userId, familyId, hash(raw), now, now.plus(ttl)));
        return new Issued(userId, familyId, raw);
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
