package io.kpiops.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.kpiops.platform.config.KpiProperties;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs and reads the short-lived access tokens (HS256 JWT). Claims: sub (username), uid, role, client_ids, sid (the
 * login session, i.e. the refresh-token family), jti, iat, exp.
 */
@Component
public class AccessTokens {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final NimbusJwtDecoder lenientDecoder;
    private final JwtTimestampValidator timestamps;
    /**
     * Tokens whose signature has been verified: a session sends the same token with every request, and verifying and
     * parsing it each time was a twentieth of a shift-entry create. Only the expiry is checked again; revocation is
     * checked per request by the caller lookup, not here.
     */
    private final Cache<String, Jwt> verified;
    private final Duration ttl;
    private final Clock clock;

    AccessTokens(KpiProperties props, Clock clock) {
        this.clock = clock;
        this.ttl = Duration.ofMinutes(props.accessTokenMinutes());
        SecretKey key = new SecretKeySpec(secret(props), "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        this.timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
        timestamps.setClock(clock);
        this.decoder.setJwtValidator(timestamps);
        this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl.plusMinutes(1)).build();
        this.lenientDecoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        this.lenientDecoder.setJwtValidator(jwt -> org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.success());
    }

    private static byte[] secret(KpiProperties props) {
        String configured = props.jwtSecret();
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new IllegalStateException("KPI_JWT_SECRET must be at least 32 bytes long.");
            }
            return bytes;
        }
        if (props.production()) {
            throw new IllegalStateException("KPI_JWT_SECRET is required when KPI_PROFILE=prod (at least 32 bytes).");
        }
        log.warn("KPI_JWT_SECRET is not set: using a random key; sessions end when the server restarts and a second "
                + "node would not accept this node's tokens. Set KPI_JWT_SECRET for any real installation.");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    public Duration ttl() {
        return ttl;
    }

    public String issue(Caller caller, String sessionId) {
        Instant now = clock.instant();
        // iat has whole seconds: a token minted just after the user's sessions were reset must not look older
        if (caller.sessionsValidAfter() != null && now.isBefore(caller.sessionsValidAfter())) {
            now = caller.sessionsValidAfter();
        }
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(caller.username())
                .claim("uid", caller.id())
                .claim("role", caller.role().value())
                .claim("client_ids", List.copyOf(caller.clientIds()))
                .claim("sid", sessionId)
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    /** Verifies a bearer token (signature once per token, expiry every time). */
    public JwtDecoder decoder() {
        return this::decode;
    }

    private Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && !timestamps.validate(known).hasErrors()) {
            return known;
        }
        Jwt jwt = decoder.decode(token); // throws for a bad signature or an expired token
        verified.put(token, jwt);
        return jwt;
    }

    /** Reads a token whose signature is valid even if it has expired (for logout), or null when it is not ours. */
    public Jwt readIgnoringExpiry(String token) {
        try {
            return lenientDecoder.decode(token);
        } catch (JwtException e) {
            return null;
        }
    }
}
