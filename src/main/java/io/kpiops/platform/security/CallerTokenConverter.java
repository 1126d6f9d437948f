package io.kpiops.platform.security;

import java.time.Instant;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a valid access token into the request's {@link Caller}: the user is reloaded (so deactivation, role and
 * assignment changes apply at once), and a token revoked by logout or issued before the user's sessions were reset
 * (password change) is refused.
 */
class CallerTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final CallerDirectory callers;
    private final RevokedAccessTokens revoked;

    CallerTokenConverter(CallerDirectory callers, RevokedAccessTokens revoked) {
        this.callers = callers;
        this.revoked = revoked;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object uid = jwt.getClaim("uid");
        if (!(uid instanceof Number number)) {
            throw new InvalidBearerTokenException("token has no user");
        }
        Caller caller = callers.find(number.longValue())
                .filter(Caller::active)
                .orElseThrow(() -> new InvalidBearerTokenException("user unknown or inactive"));
        Instant issued = jwt.getIssuedAt();
        if (caller.sessionsValidAfter() != null && (issued == null || issued.isBefore(caller.sessionsValidAfter()))) {
            throw new InvalidBearerTokenException("session ended");
        }
        if (jwt.getId() == null || revoked.isRevoked(jwt.getId())) {
            throw new InvalidBearerTokenException("token revoked");
        }
        return new CallerAuthentication(caller.withSession(jwt.getClaimAsString("sid")), jwt);
    }
}
