package io.kpiops.platform.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractSmartHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes any list answer ({@link PageResponse}) as CSV: one header row with the items' JSON field names (snake_case),
 * then one row per item with the values the JSON would carry (dates {@code YYYY-MM-DD}, instants ISO-8601 UTC,
 * numbers as numbers; a nested list or object as its compact JSON). Cells are protected by {@link CsvCells}. The
 * answer is a download named after the list ({@code production-2026-11-30.csv}) and says how many rows matched
 * ({@code X-Total-Count}) and whether the export stopped at {@link CsvExport#MAX_ROWS} ({@code X-Export-Truncated}).
 * Registered after the JSON converter (WebConfig), so that a caller without an Accept header still gets JSON.
 */
class PageCsvConverter extends AbstractSmartHttpMessageConverter<PageResponse<?>> {

    private final JsonMapper json;

    PageCsvConverter(JsonMapper json) {
        super(new MediaType("text", "csv", StandardCharsets.UTF_8));
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return PageResponse.class.isAssignableFrom(clazz);
    }

    @Override
    public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
        return supports(valueClass) && canWrite(mediaType);
    }

    @Override
    public boolean canRead(ResolvableType type, MediaType mediaType) {
        return false;
    }

    @Override
    public PageResponse<?> read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) {
        throw new HttpMessageNotReadableException("CSV is not read here", input);
    }

    @Override
    protected void writeInternal(PageResponse<?> page, ResolvableType type, HttpOutputMessage out,
            Map<String, Object> hints) throws IOException {
        List<JsonNode> rows = page.items().stream().map(item -> (JsonNode) json.valueToTree(item)).toList();
        List<String> columns = columns(type, rows);
        out.getHeaders().setContentDisposition(ContentDisposition.attachment().filename(fileName()).build());
        out.getHeaders().set("X-Total-Count", Long.toString(page.total()));
        out.getHeaders().set("X-Export-Truncated", Boolean.toString(page.total() > page.items().size()));
        Writer w = new OutputStreamWriter(out.getBody(), StandardCharsets.UTF_8);
        w.write(String.join(",", columns));
        w.write("\r\n");
        for (JsonNode row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(cell(row.get(columns.get(i))));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    static String cell(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isNumber() || v.isBoolean()) {
            return CsvCells.number(v.asString());
        }
        return CsvCells.text(v.isString() ? v.asString() : v.toString());
    }

    /** The item record's fields (so that an empty list still has its header row), else the first row's. */
    private static List<String> columns(ResolvableType type, List<JsonNode> rows) {
        Class<?> item = type.as(PageResponse.class).getGeneric(0).resolve();
        List<String> names = new ArrayList<>();
        if (item != null && item.isRecord()) {
            for (RecordComponent c : item.getRecordComponents()) {
                names.add(snakeCase(c.getName()));
            }
        } else if (!rows.isEmpty()) {
            rows.getFirst().propertyNames().forEach(names::add);
        }
        return names;
    }

    /** The JSON name of a record component, as the app's SNAKE_CASE naming makes it: unitsProduced → units_produced. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The list's path under /api with the UTC date: /api/work-orders → work-orders-2026-11-30.csv. */
    private static String fileName() {
        String name = "export";
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            String path = attrs.getRequest().getRequestURI().replaceFirst("^.*?/api/", "");
            name = path.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        }
        return (name.isEmpty() ? "export" : name) + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
    }
}
