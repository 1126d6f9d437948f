package io.kpiops.clients;

import io.kpiops.platform.security.Caller;
import io.kpiops.platform.security.Role;
import io.kpiops.platform.time.PlantTime;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which production days shift data may be entered for: never a day after the plant's today, and for operators no
 * further back than the client's back-dating window ({@code operator_backdating_days}, default 7). Leaders and above,
 * and the system itself (demo data), may enter any past day.
 */
@Component
public class EntryWindow {

    private final ClientService clients;
    private final Clock clock;
    private final ClientRows rows;

    EntryWindow(ClientService clients, Clock clock, ClientRows rows) {
        this.rows = rows;
        this.clients = clients;
        this.clock = clock;
    }

    /** The plant's time zone of a client (UTC when the client is unknown). */
    @Transactional(readOnly = true)
    public ZoneId zone(long clientId) {
        return clients.timeZoneOf(clientId).flatMap(PlantTime::zone).orElse(ZoneId.of("UTC"));
    }

    /** The production day it is now at the client's plant. */
    public LocalDate today(long clientId) {
        return PlantTime.today(clock, zone(clientId));
    }

    /** The bounds for the current caller: the earliest day (null = unlimited) and the latest (the plant's today). */
    public record Bounds(LocalDate earliest, LocalDate latest) {

        /** The problem with a day, named on {@code field}, or empty when the day is inside the bounds. */
        public Optional<FieldError> check(String field, LocalDate day) {
            if (day == null) {
                return Optional.empty();
            }
            if (day.isAfter(latest)) {
                return Optional.of(new FieldError(field, "must not be after the plant's today (" + latest + ")"));
            }
            if (earliest != null && day.isBefore(earliest)) {
                return Optional.of(new FieldError(field, "must not be before " + earliest
                        + ": operators may enter the last " + java.time.temporal.ChronoUnit.DAYS.between(earliest, latest)
                        + " days only; ask a leader for older days"));
            }
            return Optional.empty();
        }
    }

    /**
     * The window of the current caller for a client; computed once per request or batch, then checked per row. One
     * plain SQL read (it runs on every shift-data write).
     */
    public Bounds bounds(long clientId) {
        return bounds(rows.windowFacts(clientId));
    }

    /**
     * The window of the current caller for a client it writes one entry for, after checking, in the same single read,
     * that the client may be written for at all (as {@link ClientService#requireAssignable}: 422 naming
     * {@code client_id} when it is unknown, outside the caller's scope or inactive).
     */
    public Bounds boundsForWrite(long clientId) {
        Optional<ClientRows.WriteFacts> facts = rows.writeFacts(clientId);
        ClientService.refusal("client_id", clientId, facts.map(ClientRows.WriteFacts::state).orElse(null))
                .ifPresent(e -> {
                    throw ApiException.invalid(List.of(e));
                });
        return bounds(facts.map(ClientRows.WriteFacts::window));
    }

    private Bounds bounds(Optional<ClientRows.WindowFacts> facts) {
        LocalDate today = PlantTime.today(clock, facts.map(ClientRows.WindowFacts::timeZone).flatMap(PlantTime::zone)
                .orElse(ZoneId.of("UTC")));
        boolean operator = currentRole().map(r -> r == Role.OPERATOR).orElse(false);
        int days = facts.map(ClientRows.WindowFacts::operatorBackdatingDays)
                .orElse(ClientSettings.DEFAULT_OPERATOR_BACKDATING_DAYS);
        return new Bounds(operator ? today.minusDays(days) : null, today);
    }

    private static Optional<Role> currentRole() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Caller c ? Optional.of(c.role()) : Optional.empty();
    }
}
