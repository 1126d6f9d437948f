package io.kpiops.clients;

import io.kpiops.clients.ClientRequests.ClientSnapshot;
import io.kpiops.clients.ClientRequests.CreateClientRequest;
import io.kpiops.clients.ClientRequests.UpdateClientRequest;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.db.ClientWriteLock;
import io.kpiops.platform.time.PlantTime;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clients (tenants): who may see which is enforced by the tenant filter; only administrators change them. */
@Service
public class ClientService {

    static final String ENTITY = "client";

    private final ClientRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ClientRows rows;
    private final ClientWriteLock locks;

    ClientService(ClientRepository repository, AuditLog audit, Clock clock, ApplicationEventPublisher events,
            ClientRows rows, ClientWriteLock locks) {
        this.rows = rows;
        this.locks = locks;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    Page<Client> search(String q, Boolean active, Pageable pageable) {
        String pattern = q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase(Locale.ROOT) + "%";
        return repository.search(pattern, active, pageable);
    }

    @Transactional(readOnly = true)
    Client get(long id) {
        return repository.findById(id).orElseThrow(() -> ApiException.notFound("Client " + id));
    }

    @Transactional
    Client create(CreateClientRequest request) {
        String code = request.code().trim().toUpperCase(Locale.ROOT);
        requireZone(request.timeZone());
        if (repository.existsByCodeIgnoreCase(code)) {
            throw ApiException.conflict("code", "A client with code " + code + " already exists.");
        }
        Client client = repository.save(new Client(code, request.name().trim(), request.timeZone(),
                request.active() == null || request.active(), clock.instant()));
        locks.register(client.getId());
        audit.record(ENTITY, client.getId(), client.getId(), AuditAction.CREATE, null, ClientSnapshot.of(client));
        events.publishEvent(new ClientCreated(client.getId(), client.code));
        return client;
    }

    @Transactional
    Client update(long id, UpdateClientRequest request) {
        Client client = get(id);
        client.requireVersion(request.version(), "Client " + client.code);
        requireZone(request.timeZone());
        ClientSnapshot before = ClientSnapshot.of(client);
        client.change(request.name().trim(), request.timeZone(), request.active(), clock.instant());
        repository.flush();
        audit.record(ENTITY, client.getId(), client.getId(), AuditAction.UPDATE, before, ClientSnapshot.of(client));
        return client;
    }

    /** The clients of these ids that the caller may see. */
    @Transactional(readOnly = true)
    public List<ClientSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.findByIdIn(ids).stream().map(Client::summary)
                .sorted(java.util.Comparator.comparing(ClientSummary::code)).toList();
    }

    /**
     * The plant time zone id of a client, read by primary key: inside a request that has already checked the client
     * (and so loaded it) this costs no query. Not tenant-filtered, so only for clients the caller was checked for.
     */
    @Transactional(readOnly = true)
    public Optional<String> timeZoneOf(long clientId) {
        return repository.findById(clientId).map(c -> c.timeZone);
    }

    /** Every active client the caller may see, by code. */
    @Transactional(readOnly = true)
    public List<ClientSummary> activeClients() {
        return repository.findByActiveTrueOrderByCode().stream().map(Client::summary).toList();
    }

    /** Refuses (422 on client_id) a client that does not exist, is inactive or is outside the caller's scope. */
    public void requireAssignable(long clientId) {
        List<FieldError> errors = checkAssignable("client_id", List.of(clientId));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** Checks that each id names an existing, active client; one error per offending id, on the given field. */
    public List<FieldError> checkAssignable(String field, Collection<Long> ids) {
        Set<Long> wanted = new TreeSet<>(ids);
        Map<Long, ClientRows.State> found = rows.states(wanted);
        List<FieldError> errors = new ArrayList<>();
        for (Long id : wanted) {
            refusal(field, id, found.get(id)).ifPresent(errors::add);
        }
        return errors;
    }

    /** Why a client cannot be written for (unknown, outside the caller's scope, or inactive); empty when it can. */
    static Optional<FieldError> refusal(String field, long id, ClientRows.State c) {
        if (c == null) {
            return Optional.of(new FieldError(field, "client " + id + " does not exist"));
        }
        return c.active() ? Optional.empty() : Optional.of(new FieldError(field, "client " + c.code() + " is inactive"));
    }

    private static void requireZone(String zone) {
        if (PlantTime.zone(zone).isEmpty()) {
            throw ApiException.invalid("time_zone", "'" + zone + "' is not an IANA time zone such as America/Chicago");
        }
    }
}
