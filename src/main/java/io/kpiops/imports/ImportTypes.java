package io.kpiops.imports;

import io.kpiops.clients.ClientService;
import io.kpiops.clients.ClientSettingsService;
import io.kpiops.clients.ClientSummary;
import io.kpiops.platform.security.CurrentCaller;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every {@link ImportType} the modules registered, by name; the role rule of each; and what a session needs about
 * the client (scope check, time zone, date order).
 */
@Component
class ImportTypes {

    private final Map<String, ImportType> byName;
    private final ClientService clients;
    private final ClientSettingsService settings;

    ImportTypes(List<ImportType> types, ClientService clients, ClientSettingsService settings) {
        this.byName = types.stream().sorted(Comparator.comparing(ImportType::name))
                .collect(Collectors.toMap(ImportType::name, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("two import types named " + a.name());
                }, java.util.LinkedHashMap::new));
        byName.values().forEach(t -> FileColumns.index(t.columns()));
        this.clients = clients;
        this.settings = settings;
    }

    List<ImportType> all() {
        return List.copyOf(byName.values());
    }

    /** The type of this name, or 422 on {@code type} listing the known ones. */
    ImportType require(String name) {
        ImportType type = name == null ? null : byName.get(name.trim().toLowerCase(java.util.Locale.ROOT));
        if (type == null) {
            throw ApiException.invalid("type", name == null || name.isBlank() ? "is required; one of " + String.join(", ", byName.keySet())
                    : "'" + name + "' is not an import type; one of " + String.join(", ", byName.keySet()));
        }
        return type;
    }

    /** The type of a stored import (types are registered at start-up, so it exists unless a module was removed). */
    ImportType of(DataImport i) {
        ImportType type = byName.get(i.type);
        if (type == null) {
            throw ApiException.notFound("Import type " + i.type);
        }
        return type;
    }

    /** 403 unless the caller's role may import this type. */
    void requireAllowed(ImportType type) {
        if (!type.allowedRoles().contains(CurrentCaller.get().role())) {
            throw ApiException.forbidden("Your role may not import " + type.name() + ".");
        }
    }

    /** 422 on client_id unless the client exists, is active and is in the caller's scope. */
    void requireClient(Long clientId) {
        if (clientId == null) {
            throw ApiException.invalid("client_id", "is required");
        }
        List<FieldError> errors = clients.checkAssignable("client_id", List.of(clientId));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** Opens a session of the type for the client, with the client's time zone and date order. */
    ImportSession open(ImportType type, long clientId) {
        ClientSummary client = clients.summaries(List.of(clientId)).getFirst();
        return type.open(clientId, ImportContext.of(clientId, ZoneId.of(client.timeZone()), settings.dateOrder(clientId)));
    }
}
