package io.kpiops.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the API's problem details, and names fields the way the API spells them. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:kpiops:problem:";

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String code, String detail, List<FieldError> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create(TYPE_PREFIX + code));
        pd.setTitle(status.getReasonPhrase());
        pd.setProperty("code", code);
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors);
        }
        return pd;
    }

    /** {@code fullName} → {@code full_name}; nested paths keep their dots. */
    public static String snake(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
