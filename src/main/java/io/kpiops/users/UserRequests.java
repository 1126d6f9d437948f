package io.kpiops.users;

import io.kpiops.clients.ClientSummary;
import io.kpiops.platform.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Request and response bodies of the user and sign-in endpoints. */
final class UserRequests {

    private UserRequests() {}

    record LoginRequest(@NotBlank String username, @NotBlank String password) {}

    record RefreshRequest(String refreshToken) {}

    record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn, MeResponse user) {}

    record MeClient(long id, String code, String name, String timeZone) {
        static MeClient of(ClientSummary c) {
            return new MeClient(c.id(), c.code(), c.name(), c.timeZone());
        }
    }

    record MeResponse(long id, String username, String email, String fullName, Role role, boolean active,
            Set<Long> clientIds, List<MeClient> clients) {}

    record ChangePasswordRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {}

    record ResetPasswordRequest(@NotBlank String newPassword) {}

    record CreateUserRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,50}", message = "must be 3 to 50 letters, digits, '.', '_' or '-'") String username,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 100) String fullName,
            @NotNull Role role,
            @NotBlank String password,
            Set<Long> clientIds,
            Boolean active) {}

    record UpdateUserRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 100) String fullName,
            @NotNull Role role,
            Set<Long> clientIds,
            @NotNull Boolean active,
            @NotNull Long version) {}

    record UserResponse(long id, String username, String email, String fullName, Role role, boolean active,
            Set<Long> clientIds, Instant lockedUntil, long version, Instant createdAt, Instant updatedAt) {

        static UserResponse of(User u) {
            return new UserResponse(u.getId(), u.username, u.email, u.fullName, u.role, u.active, new TreeSet<>(u.clientIds),
                    u.lockedUntil, u.getVersion(), u.getCreatedAt(), u.getUpdatedAt());
        }
    }

    /** The audited state of a user (never the password hash). */
    record UserSnapshot(String username, String email, String fullName, Role role, boolean active, Set<Long> clientIds) {
        static UserSnapshot of(User u) {
            return new UserSnapshot(u.username, u.email, u.fullName, u.role, u.active, new TreeSet<>(u.clientIds));
        }
    }
}
