package io.kpiops.reports.subscriptions;

import io.kpiops.reports.RenderedReport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends a report mail through the configured SMTP server (KPI_SMTP_*). */
@Component
class ReportMailer {

    /** So that a server that accepts the connection and then hangs cannot hold a scheduler thread for long. */
    private static final String TIMEOUT_MS = "20000";

    private final SmtpProperties smtp;
    private volatile JavaMailSenderImpl sender;

    ReportMailer(SmtpProperties smtp) {
        this.smtp = smtp;
    }

    record Mail(List<String> recipients, String subject, String body, List<RenderedReport> attachments) {}

    /** @throws DeliveryRefused when no SMTP host is configured; a MailException when the server fails */
    void send(Mail mail) {
        JavaMailSenderImpl s = sender();
        MimeMessage message = s.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(smtp.fromOrDefault());
            helper.setTo(mail.recipients().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            for (RenderedReport file : mail.attachments()) {
                helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        s.send(message);
    }

    /** @throws DeliveryRefused when no SMTP host is configured */
    void requireConfigured() {
        if (!smtp.configured()) {
            throw new DeliveryRefused("no SMTP host configured (set KPI_SMTP_HOST)");
        }
    }

    private JavaMailSenderImpl sender() {
        requireConfigured();
        JavaMailSenderImpl s = sender;
        if (s == null) {
            s = new JavaMailSenderImpl();
            s.setHost(smtp.host());
            s.setPort(smtp.portOrDefault());
            s.setDefaultEncoding("UTF-8");
            Properties props = s.getJavaMailProperties();
            if (smtp.username() != null && !smtp.username().isBlank()) {
                s.setUsername(smtp.username());
                s.setPassword(smtp.password());
                props.put("mail.smtp.auth", "true");
            }
            props.put("mail.smtp.starttls.enable", String.valueOf(Boolean.TRUE.equals(smtp.starttls())));
            props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
            props.put("mail.smtp.timeout", TIMEOUT_MS);
            props.put("mail.smtp.writetimeout", TIMEOUT_MS);
            sender = s;
        }
        return s;
    }
}
