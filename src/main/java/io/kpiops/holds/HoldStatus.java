package io.kpiops.holds;

/** ON_HOLD until resumed (the hold took effect, its hours count) or cancelled (it never took effect: 0 hours). */
public enum HoldStatus {
    ON_HOLD, RESUMED, CANCELLED
}
