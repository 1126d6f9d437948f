package io.kpiops.reports.subscriptions;

import io.kpiops.platform.persistence.TenantEntity;
import io.kpiops.reports.ReportFormat;
import io.kpiops.reports.ReportType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Filter;

/**
 * A user's order for a report by e-mail on a schedule. Visible only to callers who may see every client it covers
 * (the tenant filter below); written only within the home client's scope ({@link TenantEntity}). "Active" false means
 * paused.
 */
@Entity
@Table(name = "report_subscriptions")
@Filter(name = io.kpiops.platform.tenancy.TenantFilter.NAME, condition = ReportSubscription.ALL_CLIENTS_IN_SCOPE)
class ReportSubscription extends TenantEntity {

    /** Every covered client must be in scope: none of them may lie outside the caller's assignments. */
    static final String ALL_CLIENTS_IN_SCOPE = "(:scopeAll = 1 or not exists (select 1 from report_subscription_clients rsc"
            + " where rsc.subscription_id = id and rsc.client_id not in"
            + " (select uc.client_id from user_clients uc where uc.user_id = :scopeUser)))";

    @Column(nullable = false, updatable = false)
    Long ownerId;

    @Column(nullable = false, length = 100, updatable = false)
    String ownerName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_subscription_clients", joinColumns = @JoinColumn(name = "subscription_id"))
    @Column(name = "client_id", nullable = false)
    Set<Long> clientIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    ReportType reportType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    RelativePeriod period;

    Long shiftId;
    Long lineId;
    Long productId;

    @Column(nullable = false, length = 5)
    String language;

    /** Comma-separated {@link ReportFormat} names. */
    @Column(nullable = false, length = 20)
    String formats;

    /** One address per line. */
    @Column(nullable = false, length = 1_000_000)
    String recipients;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    Schedule.Frequency frequency;

    /** HH:mm, plant-local. */
    @Column(nullable = false, length = 5)
    String sendTime;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    DayOfWeek dayOfWeek;

    /** 1–28, or "last". */
    @Column(length = 4)
    String dayOfMonth;

    Instant nextRunAt;

    protected ReportSubscription() {}

    ReportSubscription(long homeClientId, long ownerId, String ownerName, Instant now) {
        super(homeClientId, now);
        this.ownerId = ownerId;
        this.ownerName = ownerName;
    }

    void change(SubscriptionSpec spec, Instant now) {
        clientIds.clear();
        clientIds.addAll(spec.clientIds());
        reportType = spec.reportType();
        period = spec.period();
        shiftId = spec.shiftId();
        lineId = spec.lineId();
        productId = spec.productId();
        language = spec.language();
        formats = String.join(",", spec.formats().stream().map(Enum::name).toList());
        recipients = String.join("\n", spec.recipients());
        Schedule s = spec.schedule();
        frequency = s.frequency();
        sendTime = s.time().toString();
        dayOfWeek = s.dayOfWeek();
        dayOfMonth = s.dayOfMonth() == null ? null : s.dayOfMonth() == Schedule.LAST_DAY ? "last" : s.dayOfMonth().toString();
        touch(now);
    }

    void pause(boolean paused, Instant now) {
        setActive(!paused);
        touch(now);
    }

    Schedule schedule() {
        Integer day = dayOfMonth == null ? null : "last".equals(dayOfMonth) ? Schedule.LAST_DAY : Integer.valueOf(dayOfMonth);
        return new Schedule(frequency, LocalTime.parse(sendTime), dayOfWeek, day);
    }

    List<ReportFormat> formatList() {
        return Arrays.stream(formats.split(",")).map(ReportFormat::valueOf).sorted().toList();
    }

    List<String> recipientList() {
        return List.of(recipients.split("\n"));
    }

    List<Long> sortedClientIds() {
        return clientIds.stream().sorted().toList();
    }
}
