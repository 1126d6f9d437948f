/**
 * Holds: a work order (or one of its jobs) put on hold for a reason of the client's catalog, resumed with the hours it
 * was on hold, or cancelled. The first open hold of an order puts the order ON_HOLD and the end of the last one
 * returns it (through the work-order lifecycle); open holds are listed with their age (hold aging).
 */
package io.kpiops.holds;
