package io.kpiops.attendance;

/** Why an employee was absent; which types count as absenteeism is a client setting (default: all but VACATION). */
public enum AbsenceType {
    UNSCHEDULED_ABSENCE, VACATION, MEDICAL_LEAVE, PERSONAL_LEAVE
}
