package io.kpiops.platform.security;

import io.kpiops.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a wall screen by its display cookie (ADR 0013). It runs after the bearer-token filter, so a signed-in
 * user (header or access cookie) always wins over a display cookie in the same browser. An unknown or revoked display
 * secret answers 401 at once, so the screen learns at its next request that it is no longer authorised.
 */
class DisplayCookieFilter extends OncePerRequestFilter {

    static final String DISPLAY_SESSION_PATH = "/api/dashboards/displays/session";

    private final DisplayCredentials displays;
    private final ProblemWriter problems;

    DisplayCookieFilter(DisplayCredentials displays, ProblemWriter problems) {
        this.displays = displays;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> secret = signedIn() || isExchange(request) ? Optional.empty()
                : AuthCookies.read(request, AuthCookies.DISPLAY);
        if (secret.isPresent()) {
            Optional<DisplayPrincipal> display = displays.authenticate(secret.get());
            if (display.isEmpty()) {
                problems.write(response, HttpStatus.UNAUTHORIZED, "display_revoked",
                        "This display token is unknown or was revoked; create a new one for this screen.", Map.of());
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(new DisplayAuthentication(display.get()));
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** The exchange that sets the cookie must work even when a stale (revoked) cookie is still in the browser. */
    private static boolean isExchange(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).equals(DISPLAY_SESSION_PATH);
    }
}
