package io.kpiops.reports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A report's texts in one language (bundle {@code reports/messages}, en and es) and how it writes numbers and dates.
 * Numbers keep the scale the KPI API gives them, so a PDF shows exactly the API's digits.
 */
final class ReportText {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    private final ResourceBundle bundle;
    private final Locale locale;

    ReportText(Locale locale) {
        this.locale = SPANISH.getLanguage().equals(locale.getLanguage()) ? SPANISH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("reports/messages", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text of a key, or the fallback when the bundle has none (e.g. a raw-data column added later). */
    String getOr(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** A KPI's name from its API key (oee, true_otd …). */
    String kpi(String key) {
        return getOr("kpi." + key, key);
    }

    String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        int scale = Math.max(0, value.scale());
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        return f.format(value);
    }

    String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    String date(LocalDate day) {
        return day == null ? "–" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    String isoDate(LocalDate day) {
        return day == null ? "–" : day.toString();
    }

    String dateTime(ZonedDateTime time) {
        return time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale)) + " " + time.getZone().getId();
    }
}
