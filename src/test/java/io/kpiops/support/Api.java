package io.kpiops.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API under test: real requests over the loopback, JSON in and out, no exceptions on 4xx. */
public class Api {

    public static final String ADMIN_PASSWORD = "Admin!Plant26";
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, Map<String, List<String>> headers, String text) {

        public JsonNode json() {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public List<String> headers(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        /** The value a Set-Cookie header gives the named cookie. */
        public String cookie(String name) {
            return headers("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                    .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                    .findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    /** Headers to send; chain with {@link #bearer}, {@link #header}. */
    public static final class Req {
        final Map<String, String> headers = new LinkedHashMap<>();

        public Req header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }

    public static Req bearer(String token) {
        return new Req().header("Authorization", "Bearer " + token);
    }

    public static Req none() {
        return new Req();
    }

    public Response get(String path, Req req) {
        return send("GET", path, null, null, req);
    }

    public Response post(String path, Object body, Req req) {
        return send("POST", path, body, "application/json", req);
    }

    public Response put(String path, Object body, Req req) {
        return send("PUT", path, body, "application/json", req);
    }

    public Response send(String method, String path, Object body, String contentType, Req req) {
        String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
        if (text != null) {
            b.header("Content-Type", contentType);
        }
        req.headers.forEach(b::header);
        return send(b);
    }

    private Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * GETs a long-lived stream (server-sent events): the status and headers only; the body is closed unread, which
     * ends the stream on the server.
     */
    public Response openStream(String path, Req req) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        req.headers.forEach(b::header);
        try {
            HttpResponse<java.io.InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            String text = r.statusCode() == 200 ? "" : new String(r.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            r.body().close();
            return new Response(r.statusCode(), r.headers().map(), text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a binary body (images, files): status, content type and the bytes. */
    public record Binary(int status, String contentType, byte[] body) {}

    public Binary bytes(String path, Req req) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        req.headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One part of a multipart/form-data request: a form field, or a file when fileName is set. */
    public record Part(String name, String fileName, byte[] content) {
        public static Part field(String name, Object value) {
            return new Part(name, null, String.valueOf(value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, byte[] content) {
            return new Part(name, fileName, content);
        }
    }

    /** A multipart/form-data request (file uploads). */
    public Response multipart(String method, String path, List<Part> parts, Req req) {
        String boundary = "----kpi" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
            if (p.fileName() != null) {
                head.append("; filename=\"").append(p.fileName()).append("\"\r\nContent-Type: application/octet-stream");
            }
            head.append("\r\n\r\n");
            body.writeBytes(head.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(p.content());
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        req.headers.forEach(b::header);
        return send(b);
    }

    /** Signs in and returns the whole token response. */
    public Response login(String username, String password) {
        return post("/api/token", Map.of("username", username, "password", password), none());
    }

    public String token(String username, String password) {
        Response r = login(username, password);
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r);
        }
        return r.json().get("access_token").asString();
    }

    public String adminToken() {
        return token("admin", ADMIN_PASSWORD);
    }

    /** Creates a client as admin and returns its id. */
    /** The time zone of the clients {@link #createClient} creates: their production days are this zone's dates. */
    public static final java.time.ZoneId PLANT_ZONE = java.time.ZoneId.of("America/Chicago");

    /** Today at the test clients' plants (not the UTC date: between 00:00 and 06:00 UTC they differ). */
    public static java.time.LocalDate plantToday() {
        return java.time.LocalDate.now(PLANT_ZONE);
    }

    /** The plant's day of an instant of a test clock. */
    public static java.time.LocalDate plantDay(java.time.Instant instant) {
        return java.time.LocalDate.ofInstant(instant, PLANT_ZONE);
    }

    /** The id of one of the client's downtime reasons, by its code (the catalog seeds the standard ones). */
    public long downtimeReason(String token, long clientId, String code) {
        JsonNode items = get("/api/downtime-reasons?client_id=" + clientId + "&q=" + code, bearer(token)).json()
                .get("items");
        for (JsonNode r : items) {
            if (r.get("code").asString().equals(code)) {
                return r.get("id").asLong();
            }
        }
        throw new AssertionError("no reason " + code + " in " + items);
    }

    public long createClient(String admin, String code) {
        Response r = post("/api/clients", Map.of("code", code, "name", "Client " + code, "time_zone", PLANT_ZONE.getId()), bearer(admin));
        if (r.status() != 201) {
            throw new IllegalStateException("client " + code + ": " + r);
        }
        return r.json().get("id").asLong();
    }

    /** Creates a user as admin and returns its id. */
    public long createUser(String admin, String username, String role, String password, long... clientIds) {
        List<Long> ids = new ArrayList<>();
        for (long id : clientIds) {
            ids.add(id);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("email", username + "@test.example");
        body.put("full_name", "Test " + username);
        body.put("role", role);
        body.put("password", password);
        body.put("client_ids", ids);
        Response r = post("/api/users", body, bearer(admin));
        if (r.status() != 201) {
            throw new IllegalStateException("user " + username + ": " + r);
        }
        return r.json().get("id").asLong();
    }
}
