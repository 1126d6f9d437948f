package io.kpiops.reports.subscriptions;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.kpiops.support.Api;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What the subscription ITs share: an in-process SMTP server on a free port and a valid subscription body. */
final class SubscriptionFixture {

    private SubscriptionFixture() {}

    static GreenMail startMailServer() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    static void smtp(DynamicPropertyRegistry registry, GreenMail mail) {
        registry.add("kpi.smtp.host", () -> "127.0.0.1");
        registry.add("kpi.smtp.port", () -> mail.getSmtp().getPort());
        registry.add("kpi.smtp.from", () -> "reports@kpi.example");
    }

    /** A daily 06:30 KPI summary of yesterday, PDF and Excel, in English. */
    static Map<String, Object> body(long clientId, String... recipients) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("client_ids", List.of(clientId));
        b.put("report_type", "KPI_SUMMARY");
        b.put("period", "PREVIOUS_DAY");
        b.put("language", "en");
        b.put("formats", List.of("PDF", "XLSX"));
        b.put("recipients", List.of(recipients));
        b.put("schedule", Map.of("frequency", "DAILY", "time", "06:30"));
        return b;
    }

    static long create(Api api, String token, Map<String, Object> body) {
        Api.Response r = api.post("/api/reports/subscriptions", body, Api.bearer(token));
        if (r.status() != 201) {
            throw new IllegalStateException("subscription: " + r);
        }
        return r.json().get("id").asLong();
    }
}
