package io.kpiops.dashboards.tv;

import io.kpiops.platform.db.JdbcValues;
import io.kpiops.platform.db.KeyedInserts;
import io.kpiops.platform.tenancy.TenantScope;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Display tokens in plain SQL: a screen authenticates with no user, so the tenant filter of the JPA session (which
 * reads a user's assignments) cannot apply; every query here names its client scope explicitly instead.
 */
@Repository
class DisplayTokenRepository {

    private static final String COLUMNS = "id, client_id, line_id, shift_id, name, created_by_name, created_at, "
            + "last_used_at, revoked_at, revoked_by_name";

    private final JdbcTemplate jdbc;
    private final KeyedInserts inserts;

    DisplayTokenRepository(JdbcTemplate jdbc, KeyedInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /** What a new token is made of; the hash is the secret's SHA-256. */
    record NewToken(long clientId, long lineId, Long shiftId, String name, String hash, String createdBy, Instant now) {}

    long insert(NewToken t) {
        return inserts.insert("insert into display_tokens (client_id, line_id, shift_id, name, token_hash,"
                + " created_by_name, created_at) values (?, ?, ?, ?, ?, ?, ?)", List.of(t), (ps, r) -> {
                    ps.setLong(1, r.clientId());
                    ps.setLong(2, r.lineId());
                    JdbcValues.nullableLong(ps, 3, r.shiftId());
                    ps.setString(4, r.name());
                    ps.setString(5, r.hash());
                    ps.setString(6, r.createdBy());
                    JdbcValues.instant(ps, 7, r.now());
                }).getFirst();
    }

    Optional<DisplayToken> find(long id) {
        return jdbc.query("select " + COLUMNS + " from display_tokens where id = ?", DisplayTokenRepository::row, id)
                .stream().findFirst();
    }

    /** The live (not revoked) token with this secret hash. */
    Optional<DisplayToken> findLive(String hash) {
        return jdbc.query("select " + COLUMNS + " from display_tokens where token_hash = ? and revoked_at is null",
                DisplayTokenRepository::row, hash).stream().findFirst();
    }

    /** The tokens of one client, or of every client in the scope when clientId is null; newest first. */
    List<DisplayToken> list(TenantScope scope, Long clientId) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (clientId != null) {
            where.append(" and client_id = ?");
            args.add(clientId);
        }
        if (!scope.all()) {
            if (scope.clientIds().isEmpty()) {
                return List.of();
            }
            where.append(" and client_id in (").append(scope.clientIds().stream().map(id -> "?")
                    .collect(Collectors.joining(", "))).append(')');
            args.addAll(scope.clientIds());
        }
        return jdbc.query("select " + COLUMNS + " from display_tokens" + where + " order by created_at desc, id desc",
                DisplayTokenRepository::row, args.toArray());
    }

    void revoke(long id, String by, Instant now) {
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement(
                    "update display_tokens set revoked_at = ?, revoked_by_name = ? where id = ? and revoked_at is null");
            JdbcValues.instant(ps, 1, now);
            ps.setString(2, by);
            ps.setLong(3, id);
            return ps;
        });
    }

    void touch(long id, Instant now) {
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("update display_tokens set last_used_at = ? where id = ?");
            JdbcValues.instant(ps, 1, now);
            ps.setLong(2, id);
            return ps;
        });
    }

    private static DisplayToken row(ResultSet rs, int i) throws SQLException {
        long shift = rs.getLong("shift_id");
        Long shiftId = rs.wasNull() ? null : shift;
        return new DisplayToken(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("line_id"), shiftId,
                rs.getString("name"), rs.getString("created_by_name"), JdbcValues.instant(rs, "created_at"),
                JdbcValues.instant(rs, "last_used_at"), JdbcValues.instant(rs, "revoked_at"),
                rs.getString("revoked_by_name"));
    }
}
