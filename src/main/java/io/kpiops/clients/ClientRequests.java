package io.kpiops.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Request and response bodies of /api/clients. */
final class ClientRequests {

    private ClientRequests() {}

    record CreateClientRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,20}", message = "must be 2 to 20 letters, digits, '-' or '_'") String code,
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 64) String timeZone,
            Boolean active) {}

    record UpdateClientRequest(
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 64) String timeZone,
            @NotNull Boolean active,
            @NotNull Long version) {}

    record ClientResponse(long id, String code, String name, String timeZone, boolean active, long version,
            Instant createdAt, Instant updatedAt) {

        static ClientResponse of(Client c) {
            return new ClientResponse(c.getId(), c.code, c.name, c.timeZone, c.active, c.getVersion(), c.getCreatedAt(),
                    c.getUpdatedAt());
        }
    }

    /** The audited state of a client. */
    record ClientSnapshot(String code, String name, String timeZone, boolean active) {
        static ClientSnapshot of(Client c) {
            return new ClientSnapshot(c.code, c.name, c.timeZone, c.active);
        }
    }
}
