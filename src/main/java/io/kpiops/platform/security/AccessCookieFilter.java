package io.kpiops.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the browser's HttpOnly access cookie authenticate like a bearer token. It runs after the CSRF filter, so a
 * cookie-authenticated unsafe request has already proven its CSRF token; the resource server then sees an ordinary
 * Authorization header. The sign-in endpoints ignore the cookie (a stale one must not block a new sign-in).
 */
class AccessCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> cookie = request.getHeader(HttpHeaders.AUTHORIZATION) == null && !isSignInPath(request)
                ? AuthCookies.read(request, AuthCookies.ACCESS) : Optional.empty();
        chain.doFilter(cookie.<HttpServletRequest>map(token -> new WithBearer(request, token)).orElse(request), response);
    }

    static boolean isSignInPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/token") || path.equals("/api/logout") || path.equals("/api/register");
    }

    private static final class WithBearer extends HttpServletRequestWrapper {
        private final String value;

        WithBearer(HttpServletRequest request, String token) {
            super(request);
            this.value = "Bearer " + token;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? value : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(value))
                    : super.getHeaders(name);
        }
    }
}
