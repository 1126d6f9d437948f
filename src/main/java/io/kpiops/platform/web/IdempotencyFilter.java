package io.kpiops.platform.web;

import io.kpiops.platform.db.JdbcValues;
import io.kpiops.platform.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a create safe to retry: a JSON POST to the API that carries an {@code Idempotency-Key} header is executed once
 * per user and key; a retry with the same key and the same request gets the first answer again (with
 * {@code Idempotent-Replayed: true}), the same key with a different request is refused (422), and a retry while the first
 * is still running gets 409. Failed requests (non-2xx) are not remembered, so they can be retried. Keys live 24 hours.
 * It runs after Spring Security, so it knows the caller.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Duration KEEP = Duration.ofHours(24);
    private static final int MAX_KEY = 100;

    private final JdbcTemplate jdbc;
    private final ProblemWriter problems;
    private final Clock clock;
    private final AtomicLong lastCleanup = new AtomicLong();

    IdempotencyFilter(JdbcTemplate jdbc, ProblemWriter problems, Clock clock) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/") || (type != null && type.startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Long userId = callerId();
        String key = request.getHeader(HEADER).trim();
        if (userId == null) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > MAX_KEY) {
            problems.write(response, HttpStatus.BAD_REQUEST, "invalid_idempotency_key",
                    HEADER + " must be 1 to " + MAX_KEY + " characters.", Map.of());
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request, body);
        Instant now = clock.instant();
        cleanUp(now);
        if (!claim(userId, key, hash, now)) {
            replay(userId, key, hash, response);
            return;
        }
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        boolean remembered = false;
        try {
            chain.doFilter(new BodyRequest(request, body), cached);
            int status = cached.getStatus();
            if (status >= 200 && status < 300) {
                jdbc.update("update idempotency_keys set status = ?, content_type = ?, body = ? where user_id = ? and idem_key = ?",
                        status, cached.getContentType(), new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8),
                        userId, key);
                remembered = true;
            }
        } finally {
            if (!remembered) {
                jdbc.update("delete from idempotency_keys where user_id = ? and idem_key = ?", userId, key);
            }
            cached.copyBodyToResponse();
        }
    }

    /** Inserts the pending key; false when the key is already there (a retry, or a key reused). */
    private boolean claim(long userId, String key, String hash, Instant now) {
        try {
            jdbc.update(con -> {
                var ps = con.prepareStatement("insert into idempotency_keys (user_id, idem_key, request_hash, status, created_at)"
                        + " values (?, ?, ?, 0, ?)");
                ps.setLong(1, userId);
                ps.setString(2, key);
                ps.setString(3, hash);
                JdbcValues.instant(ps, 4, now);
                return ps;
            });
            return true;
        } catch (DataAccessException e) {
            if (stored(userId, key).isEmpty()) {
                throw e;
            }
            return false;
        }
    }

    private void replay(long userId, String key, String hash, HttpServletResponse response) throws IOException {
        Map<String, Object> row = stored(userId, key).get(0);
        if (!hash.equals(row.get("request_hash"))) {
            problems.write(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency_key_reused",
                    "This " + HEADER + " was already used for a different request; use a new key for a new request.",
                    Map.of());
            return;
        }
        int status = ((Number) row.get("status")).intValue();
        if (status == 0) {
            problems.write(response, HttpStatus.CONFLICT, "request_in_progress",
                    "The first request with this " + HEADER + " is still being processed; retry in a moment.", Map.of());
            return;
        }
        response.setStatus(status);
        response.setHeader("Idempotent-Replayed", "true");
        if (row.get("content_type") != null) {
            response.setContentType((String) row.get("content_type"));
        }
        String body = (String) row.get("body");
        if (body != null) {
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<Map<String, Object>> stored(long userId, String key) {
        return jdbc.queryForList("select request_hash, status, content_type, body from idempotency_keys"
                + " where user_id = ? and idem_key = ?", userId, key);
    }

    /** Forgets keys older than a day, at most once a minute. */
    private void cleanUp(Instant now) {
        long last = lastCleanup.get();
        if (now.toEpochMilli() - last > 60_000 && lastCleanup.compareAndSet(last, now.toEpochMilli())) {
            Instant cutoff = now.minus(KEEP);
            jdbc.update(con -> {
                var ps = con.prepareStatement("delete from idempotency_keys where created_at < ?");
                JdbcValues.instant(ps, 1, cutoff);
                return ps;
            });
        }
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getRequestURI() + "?" + request.getQueryString() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long callerId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Caller c ? c.id() : null;
    }

    /** The request with its body already read, so it can be hashed and still be read by Spring MVC. */
    private static final class BodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
