package io.kpiops.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** 409 for an update based on an outdated version; carries the current one so the client can reload. */
public class StaleVersionException extends ApiException {

    public StaleVersionException(String what, long currentVersion) {
        super(HttpStatus.CONFLICT, "stale_version",
                what + " was changed by someone else; reload it and apply your change again.",
                List.of(new FieldError("version", "current version is " + currentVersion)),
                Map.of("current_version", currentVersion));
    }
}
