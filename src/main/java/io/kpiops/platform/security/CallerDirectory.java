package io.kpiops.platform.security;

import java.util.Optional;

/** Looks up the caller behind a token; implemented by the users module so that the platform knows no user table. */
public interface CallerDirectory {

    Optional<Caller> find(long userId);
}
