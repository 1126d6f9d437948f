package io.kpiops.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of the current request. */
public final class CurrentCaller {

    private CurrentCaller() {}

    public static Caller get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("not signed in");
    }
}
