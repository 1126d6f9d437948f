package io.kpiops.platform.audit;

/** What happened to an audited record. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED, LOCKED, UNLOCKED, LOGOUT, PASSWORD_CHANGED, PASSWORD_RESET
}
