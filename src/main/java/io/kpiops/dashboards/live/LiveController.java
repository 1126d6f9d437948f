package io.kpiops.dashboards.live;

import io.kpiops.platform.tenancy.TenantScopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Dashboards")
class LiveController {

    private final LiveStreams streams;

    LiveController(LiveStreams streams) {
        this.streams = streams;
    }

    @GetMapping(path = "/api/dashboards/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: entry-changed for every committed change of entries of the caller's "
            + "clients; the stream ends with an 'expired' event when the access token expires")
    SseEmitter events(Authentication auth, HttpServletResponse response) {
        // nginx and similar proxies buffer responses unless told not to; an event must not wait in a buffer
        response.setHeader("X-Accel-Buffering", "no");
        Instant expiresAt = auth.getCredentials() instanceof Jwt jwt ? jwt.getExpiresAt() : null;
        return streams.open(TenantScopes.current(), auth.getName(), expiresAt);
    }
}
