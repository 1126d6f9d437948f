package io.kpiops.clients;

/**
 * How a client writes dates whose parts are separated by slashes or dots (03/04/2026): day first or month first.
 * ISO dates (2026-04-03) are read the same everywhere.
 */
public enum DateOrder {
    /** 03/04/2026 = 3 April 2026. */
    DMY,
    /** 03/04/2026 = 4 March 2026 (the default). */
    MDY
}
