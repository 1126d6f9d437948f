package io.kpiops.clients;

import io.kpiops.platform.tenancy.TenantScope;
import io.kpiops.platform.tenancy.TenantScopes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client facts every shift-data write checks, read with plain SQL and restricted to the caller's scope in code:
 * through Hibernate, the tenant filter makes each such read build its SQL anew, which cost a sixth of a single create.
 */
@Component
class ClientRows {

    /** A client as the write checks see it. */
    record State(long id, String code, boolean active) {}

    /** What the entry window needs: the plant's time zone and the operators' back-dating days (null: default). */
    record WindowFacts(String timeZone, Integer operatorBackdatingDays) {}

    /** A client with its window facts, as a single write checks them in one read. */
    record WriteFacts(State state, WindowFacts window) {}

    private final JdbcClient jdbc;

    ClientRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The clients among ids that exist and are in the caller's scope, by id. */
    Map<Long, State> states(Collection<Long> ids) {
        TenantScope scope = TenantScopes.current();
        List<Long> visible = ids.stream().filter(scope::allows).distinct().toList();
        Map<Long, State> out = new LinkedHashMap<>();
        if (!visible.isEmpty()) {
            jdbc.sql("SELECT id, code, active FROM clients WHERE id IN (:ids)").param("ids", visible)
                    .query((rs, i) -> new State(rs.getLong("id"), rs.getString("code"), rs.getBoolean("active")))
                    .list().forEach(s -> out.put(s.id(), s));
        }
        return out;
    }

    /**
     * The state and window facts of a client in the caller's scope, in one statement (a single create checks both);
     * empty when it is unknown or outside the scope.
     */
    Optional<WriteFacts> writeFacts(long clientId) {
        if (!TenantScopes.current().allows(clientId)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT c.id, c.code, c.active, c.time_zone, s.operator_backdating_days FROM clients c
                LEFT JOIN client_settings s ON s.client_id = c.id WHERE c.id = ?""").param(clientId)
                .query((rs, i) -> new WriteFacts(new State(rs.getLong("id"), rs.getString("code"), rs.getBoolean("active")),
                        windowFacts(rs)))
                .optional();
    }

    /** The window facts of a client in the caller's scope; empty when it is unknown or outside the scope. */
    Optional<WindowFacts> windowFacts(long clientId) {
        if (!TenantScopes.current().allows(clientId)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT c.time_zone, s.operator_backdating_days FROM clients c
                LEFT JOIN client_settings s ON s.client_id = c.id WHERE c.id = ?""").param(clientId)
                .query((rs, i) -> windowFacts(rs))
                .optional();
    }

    private static WindowFacts windowFacts(ResultSet rs) throws SQLException {
        return new WindowFacts(rs.getString("time_zone"),
                rs.getObject("operator_backdating_days") instanceof Number n ? n.intValue() : null);
    }
}
