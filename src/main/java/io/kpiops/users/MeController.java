package io.kpiops.users;

import io.kpiops.users.UserRequests.ChangePasswordRequest;
import io.kpiops.users.UserRequests.MeResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account. */
@RestController
@Tag(name = "Users")
class MeController {

    private final AuthService auth;

    MeController(AuthService auth) {
        this.auth = auth;
    }

    @GetMapping("/api/users/me")
    @Operation(summary = "The signed-in user with the clients they may see")
    MeResponse me() {
        return auth.me();
    }

    @PostMapping("/api/users/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your password; every other session is signed out, this one gets new cookies")
    void changePassword(@Valid @RequestBody ChangePasswordRequest request, HttpServletResponse response) {
        auth.changePassword(request.currentPassword(), request.newPassword(), response);
    }
}
