package io.kpiops.users;

import io.kpiops.platform.security.Role;
import io.kpiops.platform.web.PageQuery;
import io.kpiops.platform.web.PageResponse;
import io.kpiops.users.UserRequests.CreateUserRequest;
import io.kpiops.users.UserRequests.ResetPasswordRequest;
import io.kpiops.users.UserRequests.UpdateUserRequest;
import io.kpiops.users.UserRequests.UserResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration (administrators only). Users are deactivated, never deleted. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    private static final Map<String, String> SORTABLE = Map.of("username", "username", "full_name", "fullName",
            "email", "email", "role", "role", "active", "active", "created_at", "createdAt");

    private final UserService service;

    UserController(UserService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Users, filtered by text, role, status and client")
    PageResponse<UserResponse> list(@ParameterObject PageQuery page, @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active,
            @RequestParam(name = "client_id", required = false) Long clientId) {
        return PageResponse.of(service.search(q, role, active, clientId, page.toPageable(SORTABLE, Sort.by("username"))),
                UserResponse::of);
    }

    @GetMapping("/{id}")
    UserResponse get(@PathVariable long id) {
        return UserResponse.of(service.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse create(@Valid @RequestBody CreateUserRequest request) {
        return UserResponse.of(service.create(request));
    }

    @PutMapping("/{id}")
    UserResponse update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request) {
        return UserResponse.of(service.update(id, request));
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password for a user (policy applies); their sessions end")
    void resetPassword(@PathVariable long id, @Valid @RequestBody ResetPasswordRequest request) {
        service.resetPassword(id, request.newPassword());
    }

    @PostMapping("/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lift a sign-in lockout")
    void unlock(@PathVariable long id) {
        service.unlock(id);
    }
}
