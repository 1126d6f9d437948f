package io.kpiops.platform.tenancy;

import static io.kpiops.support.Api.bearer;
import static io.kpiops.support.Api.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Enumerates every endpoint under /api that the application registers and checks it against the role and tenancy
 * matrix kept in {@code security/api-matrix.psv}: each role gets exactly its rights, anonymous callers only the
 * public endpoints, and a user of client A can neither read nor change client B's records. A registered endpoint the
 * matrix does not classify fails the test.
 */
@IntegrationTest
class TenancyAndRolesIT {

    static final List<String> ROLES = List.of("operator", "leader", "poweruser", "admin");
    static final Set<String> SECURITY_CODES = Set.of("forbidden", "unauthenticated", "invalid_token", "csrf");
    static final String PASSWORD = "Matrix!Plant26";

    record Row(String method, String path, Map<String, String> access, String tenancy, String target, String body) {
        String key() {
            return method + " " + path;
        }

        boolean isPublic() {
            return tenancy.equals("public");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Api api;
    String admin;
    long clientA;
    long clientB;
    long spareUser;
    /** fixture kind → {record of client A, record of client B} */
    final Map<String, long[]> fixtures = new HashMap<>();
    private static final java.util.regex.Pattern FIXTURE_REF = java.util.regex.Pattern.compile("\\{fixture:([a-z-]+)}");
    final Map<String, String> usernames = new HashMap<>();
    final Map<String, String> tokens = new HashMap<>();
    final AtomicLong uniq = new AtomicLong(System.nanoTime() % 1_000_000);

    @BeforeEach
    void twoClientsWithAUserOfEachRoleInClientA() {
        api = new Api(port);
        admin = api.adminToken();
        clientA = api.createClient(admin, "MATRIX-A");
        clientB = api.createClient(admin, "MATRIX-B");
        for (String role : List.of("operator", "leader", "poweruser")) {
            String name = "matrix-" + role;
            api.createUser(admin, name, role, PASSWORD, clientA);
            usernames.put(role, name);
        }
        usernames.put("admin", "admin");
        spareUser = api.createUser(admin, "matrix-spare", "operator", PASSWORD, clientA);
        for (String line : readLines("security/fixtures.psv")) {
            String[] c = line.split("\\|", -1);
            String idField = c.length > 3 && !c[3].isBlank() ? c[3].trim() : "id";
            fixtures.put(c[0].trim(), new long[] {createFixture(c[1].trim(), c[2].trim(), idField, clientA),
                createFixture(c[1].trim(), c[2].trim(), idField, clientB)});
        }
    }

    /** The production day of the matrix's clients (see Api.PLANT_ZONE). */
    private static final String TODAY = Api.plantToday().toString();

    /** POSTs the body as JSON, or — for a body "file:…" — uploads it as the multipart file (\\n for line breaks). */
    private long createFixture(String path, String body, String idField, long client) {
        String target = withFixtures(path, client).replace("{client}", Long.toString(client));
        String content = withFixtures(body, client).replace("{client}", Long.toString(client)).replace("{uniq}", Long.toString(uniq.incrementAndGet()))
                .replace("{today}", TODAY);
        Response r = content.startsWith("file:")
                ? api.multipart("POST", target, List.of(Api.Part.file("file", "fixture.csv",
                        content.substring("file:".length()).replace("\\n", "\n").getBytes(StandardCharsets.UTF_8))), bearer(admin))
                : api.post(target, content, bearer(admin));
        assertThat(r.status()).as("fixture " + path + ": " + r).isEqualTo(201);
        return r.json().get(idField).asLong();
    }

    /** {fixture:kind} names the fixture of that kind that belongs to the given client. */
    private String withFixtures(String text, long client) {
        return FIXTURE_REF.matcher(text).replaceAll(m -> {
            long[] pair = fixtures.get(m.group(1));
            assertThat(pair).as("fixture kind " + m.group(1) + " (fixtures are created in file order)").isNotNull();
            return Long.toString(client == clientA ? pair[0] : pair[1]);
        });
    }

    @Test
    void everyRegisteredEndpointIsClassifiedAndBehavesAsTheMatrixSays() {
        Map<String, Row> matrix = readMatrix();
        Set<String> registered = registeredEndpoints();

        assertThat(new TreeSet<>(registered)).as("endpoints missing from api-matrix.psv")
                .allSatisfy(key -> assertThat(matrix).containsKey(key));
        assertThat(new TreeSet<>(matrix.keySet())).as("rows of api-matrix.psv that match no endpoint")
                .allSatisfy(key -> assertThat(registered).contains(key));

        List<String> failures = new ArrayList<>();
        for (Row row : matrix.values()) {
            checkAnonymous(row, failures);
            for (String role : ROLES) {
                checkRole(row, role, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    private void checkAnonymous(Row row, List<String> failures) {
        Response r = call(row, null, true);
        if (row.isPublic()) {
            if (isSecurityRefusal(r)) {
                failures.add(row.key() + " is public but refused an anonymous caller: " + r);
            }
        } else if (r.status() != 401) {
            failures.add(row.key() + " answered an anonymous caller with " + r);
        }
    }

    private void checkRole(Row row, String role, List<String> failures) {
        String expected = row.access().get(role);
        Response own = call(row, role, true);
        if (expected.equals("N")) {
            if (own.status() != 403 || !"forbidden".equals(code(own))) {
                failures.add(row.key() + " should refuse " + role + " with 403 but answered " + own);
            }
            return;
        }
        if (isSecurityRefusal(own) || own.status() >= 500) {
            failures.add(row.key() + " should serve " + role + " but answered " + own);
            return;
        }
        if (role.equals("admin")) {
            return; // the admin's scope is every client
        }
        switch (row.tenancy()) {
            case "tenant-path" -> checkOtherClientIsInvisible(row, role, failures);
            case "tenant-create" -> checkCannotCreateForOtherClient(row, role, failures);
            case "client-list" -> checkListHoldsOnlyOwnClients(row, role, own, failures);
            case "client-query" -> checkOtherClientQueryIsRefused(row, role, failures);
            default -> { }
        }
    }

    private void checkOtherClientIsInvisible(Row row, String role, List<String> failures) {
        String readPath = path(row, false);
        String before = api.get(readPath, bearer(admin)).text();
        Response other = call(row, role, false);
        if (other.status() != 404) {
            failures.add(row.key() + " let " + role + " of client A reach client B: " + other);
        }
        if (!api.get(readPath, bearer(admin)).text().equals(before)) {
            failures.add(row.key() + " changed client B's record for " + role + " of client A");
        }
    }

    private void checkOtherClientQueryIsRefused(Row row, String role, List<String> failures) {
        Response other = call(row, role, false);
        if (other.status() != 404) {
            failures.add(row.key() + " let " + role + " of client A read client B: " + other);
        }
    }

    private void checkCannotCreateForOtherClient(Row row, String role, List<String> failures) {
        Response other = call(row, role, false);
        if (other.status() < 400 || other.status() >= 500) {
            failures.add(row.key() + " let " + role + " of client A create a record for client B: " + other);
        }
    }

    private void checkListHoldsOnlyOwnClients(Row row, String role, Response own, List<String> failures) {
        List<Long> seen = new ArrayList<>();
        own.json().get("items").forEach(item -> seen.add(item.get(row.target()).asLong()));
        if (seen.isEmpty() || seen.stream().anyMatch(id -> id != clientA)) {
            failures.add(row.key() + " listed clients " + seen + " to " + role + " of client A only");
        }
    }

    /** Calls the endpoint for the caller's own client A, or (own = false) aimed at client B. */
    private Response call(Row row, String role, boolean own) {
        String path = path(row, own);
        String body = row.body().isEmpty() ? null : fill(row, role, path, own ? clientA : clientB);
        if (body != null && body.startsWith("?")) { // a query string, not a body
            path += body;
            body = null;
        }
        Response r = row.tenancy().equals("stream")
                ? api.openStream(path, role == null ? none() : bearer(token(role)))
                : api.send(row.method(), path, body, "application/json", role == null ? none() : bearer(token(role)));
        if (role != null && (row.path().equals("/api/logout") || r.status() == 401)) {
            tokens.remove(role); // the call ended the session; sign in again next time
        }
        return r;
    }

    /** The row's path for client A's record (own) or client B's, with the path placeholders filled. */
    private String path(Row row, boolean own) {
        return row.path().replace("{id}", Long.toString(targetId(row, own))).replace("{kpi}", "oee")
                .replace("{template}", "textile_apparel").replace("{type}", "products").replace("{row}", "2")
                .replace("{dashboard}", "home").replace("{file}", "production.pdf");
    }

    private String fill(Row row, String role, String path, long client) {
        String body = withFixtures(row.body(), client)
                .replace("{client}", Long.toString(client))
                .replace("{uniq}", Long.toString(uniq.incrementAndGet()))
                .replace("{clientA}", Long.toString(clientA))
                .replace("{today}", TODAY)
                .replace("{username}", role == null ? "matrix-operator" : usernames.get(role))
                .replace("{password}", passwordOf(role));
        if (body.contains("{victimEmail}")) {
            body = body.replace("{victimEmail}", api.get("/api/users/" + spareUser, bearer(admin)).json().get("email").asString());
        }
        if (body.contains("{version}")) {
            JsonNode current = api.get(path, bearer(admin)).json();
            if (!current.has("version")) { // an action on a record (e.g. /transitions): the record's version
                current = api.get(path.substring(0, path.lastIndexOf('/')), bearer(admin)).json();
            }
            body = body.replace("{version}", current.path("version").asString("0"));
        }
        return body;
    }

    private static String passwordOf(String role) {
        return "admin".equals(role) ? Api.ADMIN_PASSWORD : PASSWORD;
    }

    private String token(String role) {
        return tokens.computeIfAbsent(role, r -> api.token(usernames.get(r), passwordOf(r)));
    }

    private long targetId(Row row, boolean own) {
        if (!row.path().contains("{id}")) {
            return 0;
        }
        return switch (row.target()) {
            case "user" -> spareUser;
            case "client" -> own ? clientA : clientB;
            case "-" -> 0;
            default -> {
                long[] pair = fixtures.get(row.target());
                assertThat(pair).as("fixture kind " + row.target()).isNotNull();
                yield own ? pair[0] : pair[1];
            }
        };
    }

    private static boolean isSecurityRefusal(Response r) {
        return (r.status() == 401 || r.status() == 403) && SECURITY_CODES.contains(code(r));
    }

    private static String code(Response r) {
        try {
            return r.json().path("code").asString("");
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    private Set<String> registeredEndpoints() {
        Set<String> keys = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> patterns = info.getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (!pattern.startsWith("/api")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    keys.add("ANY " + pattern);
                }
                methods.forEach(m -> keys.add(m.name() + " " + pattern));
            }
        });
        return keys;
    }

    private static List<String> readLines(String resource) {
        try {
            String text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
            return java.util.Arrays.stream(text.split("\n")).filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Row> readMatrix() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : readLines("security/api-matrix.psv")) {
            String[] c = line.split("\\|", -1);
            Map<String, String> access = new LinkedHashMap<>();
            for (int i = 0; i < ROLES.size(); i++) {
                access.put(ROLES.get(i), c[2 + i].trim());
            }
            Row row = new Row(c[0].trim(), c[1].trim(), access, c[6].trim(), c[7].trim(), c[8].trim());
            assertThat(rows.put(row.key(), row)).as("duplicate row " + row.key()).isNull();
        }
        return rows;
    }
}
