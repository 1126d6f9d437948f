package io.kpiops.users;

import io.kpiops.platform.db.JdbcValues;
import io.kpiops.platform.security.Caller;
import io.kpiops.platform.security.CallerDirectory;
import io.kpiops.platform.security.Role;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the platform's security the caller behind a token, read fresh from the users table on every request. One
 * plain SQL statement: through Hibernate, the tenant filter makes every load by id build its SQL anew, which cost more
 * than the rest of the token check.
 */
@Component
class CallerDirectoryAdapter implements CallerDirectory {

    private final JdbcClient jdbc;

    CallerDirectoryAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Caller> find(long userId) {
        return jdbc.sql("""
                SELECT u.id, u.username, u.role, u.active, u.sessions_valid_after, uc.client_id
                FROM users u LEFT JOIN user_clients uc ON uc.user_id = u.id WHERE u.id = ?""")
                .param(userId)
                .query(rs -> {
                    Caller caller = null;
                    Set<Long> clients = new HashSet<>();
                    while (rs.next()) {
                        if (caller == null) {
                            caller = new Caller(rs.getLong("id"), rs.getString("username"), Role.parse(rs.getString("role")),
                                    Set.of(), rs.getBoolean("active"), JdbcValues.instant(rs, "sessions_valid_after"), null);
                        }
                        if (rs.getObject("client_id") instanceof Number client) { // sqlite-jdbc: no wasNull by label
                            clients.add(client.longValue());
                        }
                    }
                    return Optional.ofNullable(caller).map(c -> new Caller(c.id(), c.username(), c.role(), clients,
                            c.active(), c.sessionsValidAfter(), null));
                });
    }

    static Caller toCaller(User u) {
        return new Caller(u.getId(), u.username, u.role, u.clientIds, u.active, u.sessionsValidAfter, null);
    }
}
