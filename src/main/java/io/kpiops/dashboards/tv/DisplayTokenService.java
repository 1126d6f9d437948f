package io.kpiops.dashboards.tv;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.dashboards.tv.DisplayRequests.CreateDisplayRequest;
import io.kpiops.dashboards.tv.DisplayRequests.DisplayResponse;
import io.kpiops.dashboards.tv.DisplayRequests.DisplaySnapshot;
import io.kpiops.dashboards.tv.DisplayTokenRepository.NewToken;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.security.CurrentCaller;
import io.kpiops.platform.security.DisplayCredentials;
import io.kpiops.platform.security.DisplayPrincipal;
import io.kpiops.platform.tenancy.TenantScope;
import io.kpiops.platform.tenancy.TenantScopes;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Display tokens of shop-floor screens (ADR 0013): a poweruser or admin creates one for a line of a client in their
 * scope and sees its secret once; screens authenticate with the secret, which is looked up by its SHA-256 (a 256-bit
 * random secret needs no slow hash); a revoked token stops working at the screen's next request.
 */
@Service
class DisplayTokenService implements DisplayCredentials {

    static final String PREFIX = "kpd_";
    /** last_used_at is refreshed at most this often, so a screen's requests do not each write a row. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final String ENTITY = "DisplayToken";

    private final DisplayTokenRepository tokens;
    private final CatalogLookup catalog;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DisplayTokenService(DisplayTokenRepository tokens, CatalogLookup catalog, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    DisplayResponse create(CreateDisplayRequest r) {
        TenantScopes.current().require(r.clientId(), "Client " + r.clientId());
        List<FieldError> errors = new ArrayList<>();
        if (catalog.line(r.lineId()).filter(l -> l.clientId() == r.clientId()).isEmpty()) {
            errors.add(new FieldError("line_id", "is not a line of client " + r.clientId()));
        }
        if (r.shiftId() != null && catalog.shift(r.shiftId()).filter(s -> s.clientId() == r.clientId()).isEmpty()) {
            errors.add(new FieldError("shift_id", "is not a shift of client " + r.clientId()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String secret = newSecret();
        long id = tokens.insert(new NewToken(r.clientId(), r.lineId(), r.shiftId(), r.name().trim(), hash(secret),
                CurrentCaller.get().username(), clock.instant()));
        DisplayToken created = tokens.find(id).orElseThrow();
        audit.record(ENTITY, id, r.clientId(), AuditAction.CREATE, null, DisplaySnapshot.of(created));
        return DisplayResponse.of(created, secret);
    }

    @Transactional(readOnly = true)
    List<DisplayResponse> list(Long clientId) {
        TenantScope scope = TenantScopes.current();
        if (clientId != null) {
            scope.require(clientId, "Client " + clientId);
        }
        return tokens.list(scope, clientId).stream().map(DisplayResponse::of).toList();
    }

    /** Revokes a token of a client in the caller's scope (another client's answers 404); revoking twice is a no-op. */
    @Transactional
    void revoke(long id) {
        DisplayToken token = visible(id);
        if (token.revoked()) {
            return;
        }
        tokens.revoke(id, CurrentCaller.get().username(), clock.instant());
        DisplayToken after = tokens.find(id).orElseThrow();
        audit.record(ENTITY, id, token.clientId(), AuditAction.UPDATE, DisplaySnapshot.of(token),
                DisplaySnapshot.of(after));
    }

    /** A token of a client in the caller's scope, for a user previewing what its screen shows. */
    @Transactional(readOnly = true)
    DisplayToken visible(long id) {
        return tokens.find(id).filter(t -> TenantScopes.current().allows(t.clientId()))
                .orElseThrow(() -> ApiException.notFound("Display token " + id));
    }

    /** The display of a live token whose id is {@code displayId}; empty for a wrong pair or a revoked token. */
    Optional<DisplayPrincipal> authenticate(long displayId, String secret) {
        return authenticate(secret).filter(d -> d.displayId() == displayId);
    }

    @Override
    @Transactional
    public Optional<DisplayPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findLive(hash(secret)).map(t -> {
            Instant now = clock.instant();
            if (t.lastUsedAt() == null || !t.lastUsedAt().plus(TOUCH_EVERY).isAfter(now)) {
                tokens.touch(t.id(), now);
            }
            return new DisplayPrincipal(t.id(), t.clientId(), t.lineId(), t.shiftId(), t.name());
        });
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
