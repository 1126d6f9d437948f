package io.kpiops.platform.security;

import java.util.Optional;

/**
 * Checks a display token's secret; implemented by the dashboards module so that the platform knows no display table.
 * Empty when the secret is unknown or its token was revoked.
 */
public interface DisplayCredentials {

    Optional<DisplayPrincipal> authenticate(String secret);
}
