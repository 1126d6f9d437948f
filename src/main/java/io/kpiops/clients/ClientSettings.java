package io.kpiops.clients;

import io.kpiops.platform.persistence.TenantEntity;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** The settings of one client that change KPI numbers; a client without a row uses {@link #defaults}. */
@Entity
@Table(name = "client_settings")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class ClientSettings extends TenantEntity {

    /** How many past days operators may enter when the client has not said otherwise (KPI.md §6). */
    static final int DEFAULT_OPERATOR_BACKDATING_DAYS = 7;

    boolean setupAsPlanned;

    @Column(nullable = false, length = 200)
    String countedAbsenceTypes;

    @Column(nullable = false, length = 100)
    String wipBucketEdges;

    int bradfordWindowWeeks;

    @Column(nullable = false, length = 100)
    String bradfordBands;

    Integer defaultCrewSize;

    @Column(precision = 12, scale = 6)
    BigDecimal defaultCycleTimeHours;

    @Column(nullable = false, precision = 6, scale = 2)
    BigDecimal defaultShiftHours;

    Integer defaultLeadTimeDays;

    int defaultDpmoOpportunities;

    int operatorBackdatingDays;

    /** How slashed or dotted dates in imported files are read. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    DateOrder dateOrder;

    /** The client's inspection stages in process order (comma-separated codes); RTY multiplies them in this order. */
    @Column(nullable = false, length = 200)
    String inspectionStages;

    protected ClientSettings() {}

    ClientSettings(long clientId, Instant now) {
        super(clientId, now);
    }

    /** The global defaults of KPI.md §6, not yet stored. */
    static ClientSettings defaults(long clientId, Instant now) {
        ClientSettings s = new ClientSettings(clientId, now);
        s.setupAsPlanned = false;
        s.countedAbsenceTypes = "UNSCHEDULED_ABSENCE,MEDICAL_LEAVE,PERSONAL_LEAVE";
        s.wipBucketEdges = "7,14,30";
        s.bradfordWindowWeeks = 52;
        s.bradfordBands = "50,200,400";
        s.defaultShiftHours = new BigDecimal("8.00");
        s.defaultDpmoOpportunities = 1;
        s.operatorBackdatingDays = DEFAULT_OPERATOR_BACKDATING_DAYS;
        s.dateOrder = DateOrder.MDY;
        s.inspectionStages = "INCOMING,IN_PROCESS,FINAL";
        return s;
    }

    void stamp(Instant now) {
        touch(now);
    }
}
