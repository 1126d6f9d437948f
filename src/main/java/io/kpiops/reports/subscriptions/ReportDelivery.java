package io.kpiops.reports.subscriptions;

import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Filter;

/** One attempt to deliver a subscription: written once by the system, read through its subscription. */
@Entity
@Table(name = "report_deliveries")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class ReportDelivery {

    enum Trigger { SCHEDULED, MANUAL }

    enum Status { SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, updatable = false)
    Long subscriptionId;

    @Column(nullable = false, updatable = false)
    Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 10)
    Trigger trigger;

    @Column(nullable = false)
    int attempt;

    @Column(nullable = false)
    Instant dueAt;

    @Column(nullable = false)
    Instant attemptedAt;

    @Column(nullable = false)
    LocalDate periodFrom;

    @Column(nullable = false)
    LocalDate periodTo;

    @Column(nullable = false, length = 1_000_000)
    String recipients;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    Status status;

    @Column(length = 1000)
    String error;

    @Column(length = 500)
    String fileNames;

    Instant nextRetryAt;

    protected ReportDelivery() {}

    ReportDelivery(DeliveryOutcome o) {
        this.subscriptionId = o.subscriptionId();
        this.clientId = o.clientId();
        this.trigger = o.trigger();
        this.attempt = o.attempt();
        this.dueAt = o.dueAt();
        this.attemptedAt = o.attemptedAt();
        this.periodFrom = o.period().from();
        this.periodTo = o.period().to();
        this.recipients = String.join("\n", o.recipients());
        this.status = o.error() == null ? Status.SENT : Status.FAILED;
        this.error = o.error() == null ? null : abbreviate(o.error(), 1000);
        this.fileNames = o.fileNames().isEmpty() ? null : abbreviate(String.join(", ", o.fileNames()), 500);
        this.nextRetryAt = o.nextRetryAt();
    }

    List<String> recipientList() {
        return List.of(recipients.split("\n"));
    }

    List<String> fileNameList() {
        return fileNames == null ? List.of() : List.of(fileNames.split(", "));
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
