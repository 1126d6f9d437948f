package io.kpiops.platform.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a display cookie; the secret itself is not kept on the authentication. */
class DisplayAuthentication extends AbstractAuthenticationToken {

    private final DisplayPrincipal display;

    DisplayAuthentication(DisplayPrincipal display) {
        super(List.of(new SimpleGrantedAuthority(DisplayPrincipal.AUTHORITY)));
        this.display = display;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public DisplayPrincipal getPrincipal() {
        return display;
    }

    @Override
    public String getName() {
        return display.actorName();
    }
}
