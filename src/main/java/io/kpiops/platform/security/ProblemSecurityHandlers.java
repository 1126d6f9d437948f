package io.kpiops.platform.security;

import io.kpiops.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 401 and 403 from the security filters, as problem details like every other error. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemSecurityHandlers(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        boolean hadToken = request.getHeader("Authorization") != null || AuthCookies.present(request);
        problems.write(response, HttpStatus.UNAUTHORIZED, hadToken ? "invalid_token" : "unauthenticated",
                hadToken ? "Your session has expired or was ended; sign in again." : "Sign in to continue.", Map.of());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        if (e instanceof CsrfException) {
            problems.write(response, HttpStatus.FORBIDDEN, "csrf",
                    "Missing or invalid CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.", Map.of());
            return;
        }
        problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this action.", Map.of());
    }
}
