package io.kpiops.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which of a client's downtime reasons reduce planned busy time (KPI.md §7): a reason's planned class decides, except
 * setup and changeover reasons, which are planned only when the client's setting {@code setup_as_planned} says so.
 * Read per request from the small reason catalogue, so the SQL needs no database-specific boolean literals.
 */
@Component
class DowntimeClasses {

    private final KpiSql sql;

    DowntimeClasses(KpiSql sql) {
        this.sql = sql;
    }

    /** The ids of the planned reasons; a list never empty (-1 stands for none) so it can fill an IN clause. */
    List<Long> plannedReasons(long client, boolean setupAsPlanned) {
        List<Long> planned = new ArrayList<>();
        sql.query("SELECT id, planned, setup FROM downtime_reasons WHERE client_id = :client", Map.of("client", client),
                (rs, i) -> {
                    boolean setup = rs.getBoolean("setup");
                    if (setup ? setupAsPlanned : rs.getBoolean("planned")) {
                        planned.add(rs.getLong("id"));
                    }
                    return null;
                });
        if (planned.isEmpty()) {
            planned.add(-1L);
        }
        return planned;
    }
}
