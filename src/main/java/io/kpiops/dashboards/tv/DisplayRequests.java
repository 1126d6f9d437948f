package io.kpiops.dashboards.tv;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of /api/dashboards/displays. */
final class DisplayRequests {

    private DisplayRequests() {}

    record CreateDisplayRequest(@NotNull Long clientId, @NotNull Long lineId, Long shiftId,
            @NotBlank @Size(max = 100) String name) {}

    record DisplaySessionRequest(@NotNull Long displayId, @NotBlank @Size(max = 200) String token) {}

    @Schema(description = "A display token; `token` and `url` (the address to open on the screen) are present only in "
            + "the answer to its creation (null otherwise): the secret is not stored and cannot be shown again")
    record DisplayResponse(long id, long clientId, long lineId, Long shiftId, String name, String createdByName,
            Instant createdAt, Instant lastUsedAt, Instant revokedAt, String revokedByName, boolean revoked,
            String token, String url) {

        static DisplayResponse of(DisplayToken t) {
            return of(t, null);
        }

        static DisplayResponse of(DisplayToken t, String secret) {
            return new DisplayResponse(t.id(), t.clientId(), t.lineId(), t.shiftId(), t.name(), t.createdByName(),
                    t.createdAt(), t.lastUsedAt(), t.revokedAt(), t.revokedByName(), t.revoked(), secret,
                    secret == null ? null : "/tv/" + t.id() + "#token=" + secret);
        }
    }

    /** What the audit log keeps of a token (never the secret or its hash). */
    record DisplaySnapshot(String name, long lineId, Long shiftId, Instant revokedAt) {
        static DisplaySnapshot of(DisplayToken t) {
            return new DisplaySnapshot(t.name(), t.lineId(), t.shiftId(), t.revokedAt());
        }
    }

    @Schema(description = "The display the exchanged token belongs to; the credential itself is in an HttpOnly cookie")
    record DisplaySession(long displayId, String name, long clientId, long lineId, Long shiftId) {}
}
