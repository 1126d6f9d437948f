package io.kpiops.dashboards.tv;

import io.kpiops.dashboards.tv.DisplayRequests.CreateDisplayRequest;
import io.kpiops.dashboards.tv.DisplayRequests.DisplayResponse;
import io.kpiops.dashboards.tv.DisplayRequests.DisplaySession;
import io.kpiops.dashboards.tv.DisplayRequests.DisplaySessionRequest;
import io.kpiops.platform.security.AuthCookies;
import io.kpiops.platform.security.DisplayPrincipal;
import io.kpiops.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboards/displays")
@Tag(name = "Shop-floor TV")
class DisplayController {

    private final DisplayTokenService service;
    private final AuthCookies cookies;

    DisplayController(DisplayTokenService service, AuthCookies cookies) {
        this.service = service;
        this.cookies = cookies;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    @Operation(summary = "Display tokens of the caller's clients (or of one client), newest first; never the secrets")
    List<DisplayResponse> list(@RequestParam(name = "client_id", required = false) Long clientId) {
        return service.list(clientId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    @Operation(summary = "Creates a display token for one line of a client (optionally one shift); the answer holds "
            + "the secret and the screen's URL, shown this once")
    DisplayResponse create(@Valid @RequestBody CreateDisplayRequest request) {
        return service.create(request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('POWERUSER', 'ADMIN')")
    @Operation(summary = "Revokes a display token: its screen gets 401 at its next request")
    void revoke(@PathVariable long id) {
        service.revoke(id);
    }

    @PostMapping("/session")
    @Operation(summary = "Exchanges a display's id and secret (from the screen URL's fragment) for an HttpOnly cookie "
            + "that authenticates the screen's further requests; 401 for a wrong pair or a revoked token")
    DisplaySession session(@Valid @RequestBody DisplaySessionRequest request, HttpServletResponse response) {
        DisplayPrincipal d = service.authenticate(request.displayId(), request.token())
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "display_revoked",
                        "This display token is unknown or was revoked; create a new one for this screen.", List.of(),
                        Map.of()));
        cookies.setDisplay(response, request.token());
        return new DisplaySession(d.displayId(), d.name(), d.clientId(), d.lineId(), d.shiftId());
    }
}
