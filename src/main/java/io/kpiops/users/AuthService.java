package io.kpiops.users;

import io.github.bucket4j.ConsumptionProbe;
import io.kpiops.clients.ClientService;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.security.AccessTokens;
import io.kpiops.platform.security.AuthCookies;
import io.kpiops.platform.security.Caller;
import io.kpiops.platform.security.CurrentCaller;
import io.kpiops.platform.security.RateLimiter;
import io.kpiops.platform.security.RefreshTokens;
import io.kpiops.platform.security.RevokedAccessTokens;
import io.kpiops.platform.security.Role;
import io.kpiops.platform.tenancy.TenantScopes;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.users.UserRequests.MeClient;
import io.kpiops.users.UserRequests.MeResponse;
import io.kpiops.users.UserRequests.TokenResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in, token refresh, sign-out and the caller's own account. */
@Service
class AuthService {

    /** Compared against when the username is unknown, so both paths cost one bcrypt check. */
    private final String dummyHash;

    private final LoginAttempts attempts;
    private final UserRepository repository;
    private final UserService users;
    private final ClientService clients;
    private final PasswordEncoder encoder;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final RevokedAccessTokens revoked;
    private final AuthCookies cookies;
    private final RateLimiter limiter;
    private final AuditLog audit;

    AuthService(LoginAttempts attempts, UserRepository repository, UserService users, ClientService clients,
            PasswordEncoder encoder, AccessTokens accessTokens, RefreshTokens refreshTokens, RevokedAccessTokens revoked,
            AuthCookies cookies, RateLimiter limiter, AuditLog audit) {
        this.attempts = attempts;
        this.repository = repository;
        this.users = users;
        this.clients = clients;
        this.encoder = encoder;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.revoked = revoked;
        this.cookies = cookies;
        this.limiter = limiter;
        this.audit = audit;
        this.dummyHash = encoder.encode("no such user");
    }

    TokenResponse login(String username, String password, HttpServletResponse response) {
        ConsumptionProbe probe = limiter.tryConsume("user:" + username.trim().toLowerCase(Locale.ROOT));
        if (!probe.isConsumed()) {
            long wait = RateLimiter.retryAfterSeconds(probe);
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
                    "Too many sign-in attempts for this user; try again in " + wait + " seconds.", List.of(),
                    Map.of("retry_after_seconds", wait));
        }
        Optional<User> found = attempts.find(username);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            attempts.unknownUser(username.trim());
            throw badCredentials();
        }
        User user = found.get();
        Instant now = users.now();
        if (user.lockedAt(now)) {
            throw locked(user.lockedUntil);
        }
        if (!encoder.matches(password, user.passwordHash)) {
            Optional<Instant> lockedUntil = attempts.failed(user.getId());
            throw lockedUntil.map(AuthService::locked).orElseGet(AuthService::badCredentials);
        }
        if (!user.active) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "account_inactive",
                    "This account has been deactivated; ask an administrator.", List.of(), Map.of());
        }
        attempts.succeeded(user.getId());
        return startSession(user, response);
    }

    /** Not one transaction: a replay's family revocation (inside rotate) must commit although the request fails. */
    TokenResponse refresh(String rawToken, HttpServletResponse response) {
        Optional<RefreshTokens.Issued> next = rawToken == null ? Optional.empty() : refreshTokens.rotate(rawToken);
        User user = next.flatMap(n -> repository.findById(n.userId())).filter(u -> u.active).orElse(null);
        if (user == null) {
            cookies.clear(response);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid_refresh_token",
                    "Your session has expired or was ended; sign in again.", List.of(), Map.of());
        }
        return issue(user, next.get(), response);
    }

    @Transactional
    void logout(String accessToken, String rawRefreshToken, HttpServletResponse response) {
        Jwt jwt = accessToken == null ? null : accessTokens.readIgnoringExpiry(accessToken);
        if (jwt != null && jwt.getId() != null && jwt.getExpiresAt() != null) {
            revoked.revoke(jwt.getId(), jwt.getExpiresAt());
            String sid = jwt.getClaimAsString("sid");
            if (sid != null) {
                refreshTokens.revokeSession(sid);
            }
            Object uid = jwt.getClaim("uid");
            audit.recordAs(uid instanceof Number n ? n.longValue() : null, jwt.getSubject(), UserService.ENTITY,
                    uid, AuditAction.LOGOUT, null);
        }
        if (rawRefreshToken != null) {
            refreshTokens.sessionOf(rawRefreshToken).ifPresent(refreshTokens::revokeSession);
        }
        cookies.clear(response);
    }

    @Transactional(readOnly = true)
    MeResponse me() {
        return me(repository.findById(CurrentCaller.get().id()).orElseThrow(() -> ApiException.notFound("User")));
    }

    /** Changes the caller's password, ends every other session, and renews this one. */
    @Transactional
    TokenResponse changePassword(String current, String next, HttpServletResponse response) {
        User user = repository.findById(CurrentCaller.get().id()).orElseThrow(() -> ApiException.notFound("User"));
        if (!encoder.matches(current, user.passwordHash)) {
            throw ApiException.invalid("current_password", "is not your current password");
        }
        UserService.requirePolicy("new_password", next);
        if (encoder.matches(next, user.passwordHash)) {
            throw ApiException.invalid(List.of(new FieldError("new_password", "must differ from the current password")));
        }
        user.passwordHash = encoder.encode(next);
        user.touch(users.now());
        users.endSessions(user);
        audit.record(UserService.ENTITY, user.getId(), null, AuditAction.PASSWORD_CHANGED, null, null);
        return startSession(user, response);
    }

    private TokenResponse startSession(User user, HttpServletResponse response) {
        return issue(user, refreshTokens.startSession(user.getId()), response);
    }

    private TokenResponse issue(User user, RefreshTokens.Issued refresh, HttpServletResponse response) {
        Caller caller = CallerDirectoryAdapter.toCaller(user);
        String access = accessTokens.issue(caller, refresh.familyId());
        cookies.set(response, access, accessTokens.ttl(), refresh.token(), refreshTokens.ttl());
        return new TokenResponse(access, refresh.token(), "bearer", accessTokens.ttl().toSeconds(),
                TenantScopes.asSystem(() -> me(user)));
    }

    private MeResponse me(User user) {
        List<MeClient> visible = (user.role == Role.ADMIN ? clients.activeClients() : clients.summaries(user.clientIds))
                .stream().map(MeClient::of).toList();
        return new MeResponse(user.getId(), user.username, user.email, user.fullName, user.role, user.active,
                new java.util.TreeSet<>(user.clientIds), visible);
    }

    private static ApiException badCredentials() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "bad_credentials", "Incorrect username or password.",
                List.of(), Map.of());
    }

    private static ApiException locked(Instant until) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "account_locked",
                "The account is locked after too many failed sign-ins; try again after " + until + ".", List.of(),
                Map.of("locked_until", until.toString()));
    }
}
