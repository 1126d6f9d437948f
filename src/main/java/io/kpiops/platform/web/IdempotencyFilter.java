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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a create safe to retry: a JSON POST to the API that carries an {@code Idempotency-Key} header is executed once
 * per user and key; a retry with the same key and the same request gets the first answer again (with
 * {@code Idempotent-Replayed: true}), and the same key with a different request is refused (422). The request runs in one
 * transaction that also stores its answer under the key, so work and key commit together (one commit per create);
 * a retry that runs while the first is still in flight waits on the key and then gets the first answer, its own work
 * undone. Failed requests (non-2xx) are not remembered, so they can be retried. Keys live 24 hours. It runs after
 * Spring Security, so it knows the caller.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Duration KEEP = Duration.ofHours(24);
    private static final int MAX_KEY = 100;

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final ProblemWriter problems;
    private final Clock clock;
    private final AtomicLong lastCleanup = new AtomicLong();
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IdempotencyFilter.class);

    IdempotencyFilter(JdbcTemplate jdbc, PlatformTransactionManager transactions, ProblemWriter problems, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
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
        if (!stored(userId, key).isEmpty()) {
            replay(userId, key, hash, response);
            return;
        }
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        TransactionStatus tx = transactions.getTransaction(TransactionDefinition.withDefaults());
        boolean remembered = false;
        DataAccessException refused = null;
        try {
            chain.doFilter(new BodyRequest(request, body), cached);
            int status = cached.getStatus();
            if (status >= 200 && status < 300 && !tx.isRollbackOnly()) {
                refused = remember(userId, key, hash, now, cached);
                remembered = refused == null;
            }
        } catch (IOException | ServletException | RuntimeException | Error e) {
            transactions.rollback(tx);
            throw e;
        }
        if (remembered) {
            transactions.commit(tx);
            cached.copyBodyToResponse();
            return;
        }
        transactions.rollback(tx);
        int status = cached.getStatus();
        if (status < 200 || status >= 300) {
            cached.copyBodyToResponse(); // a failed request is not remembered: it can be fixed and retried
        } else if (!stored(userId, key).isEmpty()) {
            cached.reset(); // a concurrent request with the same key won: its work stands, this one's is undone
            replay(userId, key, hash, response);
        } else {
            log.warn("Idempotent request of user {} not saved", userId, refused);
            cached.reset();
            problems.write(response, HttpStatus.INTERNAL_SERVER_ERROR, "not_saved",
                    "The request could not be completed and nothing was saved; retry it with the same "
                            + HEADER + ".", Map.of());
        }
    }

    /**
     * Stores the answer under the key in the request's own transaction, so the work and its key commit together.
     * Answers the refusal when the insert fails, normally because a concurrent request with the same key committed
     * first (SQLite reports that duplicate key as an uncategorised constraint failure, so any failure is returned).
     */
    private DataAccessException remember(long userId, String key, String hash, Instant now, ContentCachingResponseWrapper answer) {
        try {
            jdbc.update(con -> {
                var ps = con.prepareStatement("insert into idempotency_keys (user_id, idem_key, request_hash, status,"
                        + " content_type, body, created_at) values (?, ?, ?, ?, ?, ?, ?)");
                ps.setLong(1, userId);
                ps.setString(2, key);
                ps.setString(3, hash);
                ps.setInt(4, answer.getStatus());
                ps.setString(5, answer.getContentType());
                ps.setString(6, new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
                JdbcValues.instant(ps, 7, now);
                return ps;
            });
            return null;
        } catch (DataAccessException e) {
            return e;
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
        response.setStatus(((Number) row.get("status")).intValue());
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
