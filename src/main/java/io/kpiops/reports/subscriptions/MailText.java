package io.kpiops.reports.subscriptions;

import io.kpiops.reports.ReportType;
import java.util.List;
import java.util.Map;

/** The subject and body of a report mail, in the subscription's language (en or es). */
final class MailText {

    private MailText() {}

    private static final Map<ReportType, String[]> TITLES = Map.of(
            ReportType.KPI_SUMMARY, new String[] {"KPI summary", "Resumen de KPI"},
            ReportType.PRODUCTION, new String[] {"Production", "Producción"},
            ReportType.QUALITY, new String[] {"Quality", "Calidad"},
            ReportType.DOWNTIME, new String[] {"Downtime and availability", "Paros y disponibilidad"},
            ReportType.ATTENDANCE, new String[] {"Attendance", "Asistencia"},
            ReportType.WORK_ORDERS, new String[] {"Work-order status", "Estado de órdenes de trabajo"});

    static String subject(String language, ReportType type, List<String> clientNames, RelativePeriod.Range period) {
        return "KPI Operations: " + title(language, type) + " – " + String.join(", ", clientNames) + " – "
                + period(language, period);
    }

    static String body(String language, ReportType type, List<String> clientNames, RelativePeriod.Range period,
            List<String> fileNames, String ownerName) {
        boolean es = isSpanish(language);
        String files = String.join(", ", fileNames);
        if (es) {
            return "Hola:\n\nAdjuntamos el informe «" + title(language, type) + "» de " + String.join(", ", clientNames)
                    + " para " + period(language, period) + " (" + files + ").\n\nLo recibe porque " + ownerName
                    + " lo programó en KPI Operations; para cambiarlo o pausarlo, abra Informes > Suscripciones.\n";
        }
        return "Hello,\n\nAttached is the " + title(language, type) + " report of " + String.join(", ", clientNames)
                + " for " + period(language, period) + " (" + files + ").\n\nYou receive it because " + ownerName
                + " scheduled it in KPI Operations; to change or pause it, open Reports > Subscriptions.\n";
    }

    static String title(String language, ReportType type) {
        return TITLES.get(type)[isSpanish(language) ? 1 : 0];
    }

    static String period(String language, RelativePeriod.Range p) {
        if (p.from().equals(p.to())) {
            return p.from().toString();
        }
        return isSpanish(language) ? "del " + p.from() + " al " + p.to() : p.from() + " to " + p.to();
    }

    private static boolean isSpanish(String language) {
        return "es".equals(language);
    }
}
