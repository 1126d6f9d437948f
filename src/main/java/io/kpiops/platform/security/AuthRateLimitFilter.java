package io.kpiops.platform.security;

import io.github.bucket4j.ConsumptionProbe;
import io.kpiops.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** 10 requests a minute per client IP on /api/token* and /api/register; more get a 429 with Retry-After. */
class AuthRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final ProblemWriter problems;

    AuthRateLimitFilter(RateLimiter limiter, ProblemWriter problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/token") || path.equals("/api/register"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = limiter.tryConsume("ip:" + request.getRemoteAddr());
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long wait = RateLimiter.retryAfterSeconds(probe);
        response.setHeader("Retry-After", Long.toString(wait));
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
                "Too many sign-in requests from this address; try again in " + wait + " seconds.",
                Map.of("retry_after_seconds", wait));
    }
}
