package io.kpiops.reports.subscriptions;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The KPI_SMTP_* settings (docs/operations.md). No host: deliveries are recorded as failed, the app still runs. */
@ConfigurationProperties("kpi.smtp")
record SmtpProperties(String host, Integer port, String username, String password, String from, Boolean starttls) {

    boolean configured() {
        return host != null && !host.isBlank();
    }

    int portOrDefault() {
        return port == null ? 25 : port;
    }

    String fromOrDefault() {
        return from == null || from.isBlank() ? "kpi-operations@localhost" : from;
    }
}
