package io.kpiops.workorders;

/** How urgent a work order is; NORMAL unless said otherwise. */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW
}
