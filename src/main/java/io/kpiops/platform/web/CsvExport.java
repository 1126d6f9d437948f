package io.kpiops.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the current request asks for its list as CSV ({@code Accept: text/csv}, or {@code ?format=csv}, which
 * {@link CsvFormatFilter} turns into that header). A CSV list is every matching row, up to {@link #MAX_ROWS}, in the
 * list's own order: {@link PageQuery} then asks for one page of that size instead of the requested page.
 */
public final class CsvExport {

    /** The most rows one export holds; beyond it the answer says so (X-Export-Truncated: true, X-Total-Count). */
    public static final int MAX_ROWS = 100_000;
    public static final String MEDIA_TYPE = "text/csv";

    private CsvExport() {}

    public static boolean requested() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return false;
        }
        return requested(attrs.getRequest());
    }

    static boolean requested(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains(MEDIA_TYPE);
    }
}
