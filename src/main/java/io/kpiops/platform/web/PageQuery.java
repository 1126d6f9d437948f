package io.kpiops.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Paging and sorting as every list endpoint takes them: {@code ?page=0&size=50&sort=field,desc}. Sort fields are the
 * API's snake_case names, mapped to entity properties through an allow-list so that no arbitrary property (or SQL)
 * can be injected; anything else is a 400 naming the parameter.
 */
public record PageQuery(Integer page, Integer size, List<String> sort) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** Spring splits {@code sort=name,desc} at the comma; put each direction back with its field. */
    private static List<String> joinDirections(List<String> tokens) {
        List<String> specs = new ArrayList<>();
        for (String token : tokens == null ? List.<String>of() : tokens) {
            String t = token.trim();
            boolean direction = t.equalsIgnoreCase("asc") || t.equalsIgnoreCase("desc");
            if (direction && !specs.isEmpty() && !specs.getLast().contains(",")) {
                specs.set(specs.size() - 1, specs.getLast() + "," + t);
            } else if (!t.isEmpty()) {
                specs.add(t);
            }
        }
        return specs;
    }

    /**
     * @param sortable API field name → entity property
     * @param defaultSort used when the request names no sort
     */
    public Pageable toPageable(Map<String, String> sortable, Sort defaultSort) {
        // a CSV export is every matching row (up to its cap) in one "page", whatever page was asked for
        boolean csv = CsvExport.requested();
        int p = csv ? 0 : page == null ? 0 : page;
        int s = csv ? CsvExport.MAX_ROWS : size == null ? DEFAULT_SIZE : size;
        List<FieldError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (!csv && (s < 1 || s > MAX_SIZE)) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        Sort order = Sort.unsorted();
        for (String spec : joinDirections(sort)) {
            String[] parts = spec.split(",");
            String property = sortable.get(parts[0].trim());
            if (property == null) {
                errors.add(new FieldError("sort", "cannot sort by '" + parts[0].trim() + "'; allowed: " + String.join(", ", sortable.keySet())));
                continue;
            }
            Sort.Direction direction = Sort.Direction.ASC;
            if (parts.length > 1) {
                try {
                    direction = Sort.Direction.fromString(parts[1].trim());
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("sort", "direction must be asc or desc"));
                }
            }
            order = order.and(Sort.by(direction, property));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "bad_parameter",
                    "Invalid paging or sorting parameters", errors, Map.of());
        }
        return PageRequest.of(p, s, order.isUnsorted() ? defaultSort : order.and(defaultSort));
    }
}
