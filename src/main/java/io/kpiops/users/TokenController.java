package io.kpiops.users;

import io.kpiops.platform.config.KpiProperties;
import io.kpiops.platform.security.AuthCookies;
import io.kpiops.platform.web.ApiException;
import io.kpiops.users.UserRequests.LoginRequest;
import io.kpiops.users.UserRequests.RefreshRequest;
import io.kpiops.users.UserRequests.TokenResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in and sign-out. Tokens come back as JSON and as HttpOnly cookies (the web app uses the cookies). */
@RestController
@Tag(name = "Authentication")
class TokenController {

    private final AuthService auth;
    private final KpiProperties props;

    TokenController(AuthService auth, KpiProperties props) {
        this.auth = auth;
        this.props = props;
    }

    @PostMapping(path = "/api/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign in with username and password")
    TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletResponse response) {
        return auth.login(request.username(), request.password(), response);
    }

    @PostMapping(path = "/api/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Sign in with the OAuth2 password grant form (for tools such as Swagger UI)")
    TokenResponse loginForm(@RequestParam(name = "grant_type", required = false) String grantType,
            @RequestParam String username, @RequestParam String password, HttpServletResponse response) {
        if (grantType != null && !grantType.equals("password")) {
            throw ApiException.invalid("grant_type", "only the password grant is supported");
        }
        return auth.login(username, password, response);
    }

    @PostMapping("/api/token/refresh")
    @Operation(summary = "Exchange a refresh token (JSON body or cookie) for new tokens; each refresh token works once")
    TokenResponse refresh(@RequestBody(required = false) RefreshRequest body, HttpServletRequest request,
            HttpServletResponse response) {
        String raw = body != null && body.refreshToken() != null ? body.refreshToken()
                : AuthCookies.read(request, AuthCookies.REFRESH).orElse(null);
        return auth.refresh(raw, response);
    }

    @PostMapping("/api/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out: revokes the access token and the session's refresh tokens, clears the cookies")
    void logout(@RequestBody(required = false) RefreshRequest body, HttpServletRequest request, HttpServletResponse response) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String access = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim()
                : AuthCookies.read(request, AuthCookies.ACCESS).orElse(null);
        String refresh = body != null && body.refreshToken() != null ? body.refreshToken()
                : AuthCookies.read(request, AuthCookies.REFRESH).orElse(null);
        auth.logout(access, refresh, response);
    }

    @PostMapping("/api/register")
    @Operation(summary = "Self-registration: refused (see docs/adr/0004-self-registration.md)")
    void register() {
        String detail = props.selfRegistration()
                ? "Self-registration needs an invitation, which this version does not issue; ask an administrator for an account."
                : "Self-registration is disabled; ask an administrator for an account.";
        throw new ApiException(HttpStatus.FORBIDDEN, "registration_disabled", detail, List.of(), Map.of());
    }
}
