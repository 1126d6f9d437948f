package io.kpiops.platform.security;

import io.kpiops.platform.config.KpiProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/** The browser's session: access and refresh tokens in HttpOnly, Secure, SameSite=Strict cookies scoped to /api. */
@Component
public class AuthCookies {

    public static final String ACCESS = "kpi_access";
    public static final String REFRESH = "kpi_refresh";
    /** A wall screen's display token (ADR 0013); kept as long as browsers allow, since the token has no expiry. */
    public static final String DISPLAY = "kpi_display";
    private static final Duration DISPLAY_TTL = Duration.ofDays(400);

    private final boolean secure;

    AuthCookies(KpiProperties props) {
        this.secure = props.cookieSecure();
    }

    public void set(HttpServletResponse response, String accessToken, Duration accessTtl, String refreshToken, Duration refreshTtl) {
        add(response, ACCESS, accessToken, accessTtl);
        add(response, REFRESH, refreshToken, refreshTtl);
    }

    public void clear(HttpServletResponse response) {
        add(response, ACCESS, "", Duration.ZERO);
        add(response, REFRESH, "", Duration.ZERO);
    }

    public void setDisplay(HttpServletResponse response, String secret) {
        add(response, DISPLAY, secret, DISPLAY_TTL);
    }

    public void clearDisplay(HttpServletResponse response) {
        add(response, DISPLAY, "", Duration.ZERO);
    }

    public static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> c.getName().equals(name) && !c.getValue().isBlank())
                .map(Cookie::getValue).findFirst();
    }

    public static boolean present(HttpServletRequest request) {
        return read(request, ACCESS).isPresent() || read(request, REFRESH).isPresent();
    }

    private void add(HttpServletResponse response, String name, String value, Duration maxAge) {
        ResponseCookie cookie = ResponseCookie.from(name, value)
                .httpOnly(true).secure(secure).sameSite("Strict").path("/api").maxAge(maxAge).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
