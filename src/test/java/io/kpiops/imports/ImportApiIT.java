package io.kpiops.imports;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.platform.security.Role;
import io.kpiops.platform.web.FieldError;
import io.kpiops.support.Api;
import io.kpiops.support.Api.Part;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The import pipeline through the HTTP API, with products and employees as the types. */
@IntegrationTest
@TestPropertySource(properties = "kpi.imports.max-rows=50")
class ImportApiIT {

    @LocalServerPort
    int port;

    Api api;
    String admin;
    String power;
    long client;
    long other;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        client = api.createClient(admin, "IMP" + n);
        other = api.createClient(admin, "OTH" + n);
        api.createUser(admin, "imp-power" + n, "poweruser", "Power!Plant26", client);
        power = api.token("imp-power" + n, "Power!Plant26");
    }

    Response upload(String token, String type, long clientId, String fileName, byte[] content) {
        return api.multipart("POST", "/api/imports", List.of(Part.field("type", type), Part.field("client_id", clientId),
                Part.file("file", fileName, content)), bearer(token));
    }

    Response upload(String type, String csv) {
        return upload(power, type, client, type + ".csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    JsonNode created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    static JsonNode row(JsonNode preview, int rowNumber) {
        for (JsonNode r : preview.get("rows")) {
            if (r.get("row_number").asInt() == rowNumber) {
                return r;
            }
        }
        throw new AssertionError("no row " + rowNumber + " in " + preview);
    }

    static List<String> fields(JsonNode row) {
        return row.get("errors").findValuesAsString("field");
    }

    Response commit(long id, String mode, boolean allowDuplicate) {
        return api.post("/api/imports/" + id + "/commit", Map.of("mode", mode, "allow_duplicate", allowDuplicate), bearer(power));
    }

    long products() {
        return api.get("/api/products?client_id=" + client, bearer(power)).json().get("total").asLong();
    }

    JsonNode product(String code) {
        return api.get("/api/products?client_id=" + client + "&q=" + code, bearer(power)).json().get("items").get(0);
    }

    @Test
    void aPreviewValidatesEveryRowWithTheApisRulesAndWritesNothing() {
        JsonNode p = created(upload("products", """
                code,name,ideal_cycle_time_hours,active,colour,description
                sku-1,Polo shirt,0.0025,yes,red,Pique
                SKU-2,,-1,maybe,blue,
                SKU-3,Cap,0.00000001,no,,=HYPERLINK("http://x")
                sku-1,Polo again,0.5,1,,
                SKU-5,Scarf,"1,234",,,
                """));
        assertThat(p.get("type").asString()).isEqualTo("products");
        assertThat(p.get("status").asString()).isEqualTo("PREVIEW");
        assertThat(p.get("total_rows").asInt()).isEqualTo(5);
        assertThat(p.get("valid_rows").asInt()).isEqualTo(1);
        assertThat(p.get("rejected_rows").asInt()).isEqualTo(4);
        assertThat(p.get("duplicate_of").isNull()).isTrue();
        assertThat(p.get("warnings").toString()).contains("colour");
        assertThat(row(p, 2).get("values").get("code").asString()).isEqualTo("sku-1");
        assertThat(row(p, 2).get("errors").size()).isZero();
        assertThat(fields(row(p, 3))).containsExactlyInAnyOrder("active", "ideal_cycle_time_hours", "name");
        assertThat(row(p, 3).get("errors").toString()).contains("must not be blank", "must be greater than 0");
        assertThat(fields(row(p, 4))).containsExactlyInAnyOrder("description", "ideal_cycle_time_hours");
        assertThat(row(p, 4).get("values").has("description")).as("a formula-like value is never stored").isFalse();
        assertThat(row(p, 5).get("errors").toString()).contains("already in row 2");
        assertThat(row(p, 6).get("errors").toString()).contains("ambiguous");
        assertThat(products()).isZero();

        long id = p.get("import_id").asLong();
        JsonNode rejected = api.get("/api/imports/" + id + "?only=rejected&size=2&page=1", bearer(power)).json();
        assertThat(rejected.get("rows").findValuesAsString("row_number")).containsExactly("5", "6");
        assertThat(rejected.get("page").asInt()).isEqualTo(1);
        JsonNode valid = api.get("/api/imports/" + id + "?only=valid", bearer(power)).json();
        assertThat(valid.get("rows").findValuesAsString("row_number")).containsExactly("2");
        assertThat(api.get("/api/imports/" + id + "?only=odd", bearer(power)).status()).isEqualTo(400);
        assertThat(api.get("/api/imports/" + id + "/rows/4", bearer(power)).json().get("errors").size()).isEqualTo(2);
    }

    @Test
    void fixingARowRevalidatesTheFileAndUpdatesTheCounts() {
        JsonNode p = created(upload("products", """
                code,name,ideal_cycle_time_hours
                A-1,First,0.01
                A-1,Second,0.02
                A-3,,0.03
                """));
        long id = p.get("import_id").asLong();
        assertThat(p.get("rejected_rows").asInt()).isEqualTo(2);

        Response fixed = api.send("PATCH", "/api/imports/" + id + "/rows/3", Map.of("values", Map.of("code", "A-2")), "application/json", bearer(power));
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(fixed.json().get("row").get("values").get("code").asString()).isEqualTo("A-2");
        assertThat(fixed.json().get("row").get("errors").size()).isZero();
        assertThat(fixed.json().get("valid_rows").asInt()).isEqualTo(2);
        assertThat(fixed.json().get("rejected_rows").asInt()).isEqualTo(1);

        Response formula = api.send("PATCH", "/api/imports/" + id + "/rows/4", Map.of("values", Map.of("nombre", "@SUM(A1)")),
                "application/json", bearer(power));
        assertThat(formula.json().get("row").get("errors").toString()).contains("spreadsheet formula");
        Response named = api.send("PATCH", "/api/imports/" + id + "/rows/4", Map.of("values", Map.of("nombre", "Third")),
                "application/json", bearer(power));
        assertThat(named.json().get("rejected_rows").asInt()).isZero();
        assertThat(api.get("/api/imports/" + id, bearer(power)).json().get("valid_rows").asInt()).isEqualTo(3);

        Response unknown = api.send("PATCH", "/api/imports/" + id + "/rows/4", Map.of("values", Map.of("colour", "red")),
                "application/json", bearer(power));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(api.send("PATCH", "/api/imports/" + id + "/rows/99", Map.of("values", Map.of("name", "x")), "application/json",
                bearer(power)).status()).isEqualTo(404);
    }

    @Test
    void validOnlyCreatesNewCodesUpdatesExistingOnesAndIsAuditedOnce() {
        Response existing = api.post("/api/products", Map.of("client_id", client, "code", "OLD-1", "name", "Old name",
                "description", "kept", "ideal_cycle_time_hours", 0.5), bearer(power));
        assertThat(existing.status()).isEqualTo(201);
        long oldId = existing.json().get("id").asLong();
        JsonNode p = created(upload("products", """
                code,name,ideal_cycle_time_hours,defect_opportunities
                old-1,New name,0.25,
                NEW-1,Brand new,,4
                NEW-2,,0.1,
                """));
        long id = p.get("import_id").asLong();

        Response done = commit(id, "valid_only", false);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("COMMITTED");
        assertThat(done.json().get("created").asInt()).isEqualTo(1);
        assertThat(done.json().get("updated").asInt()).isEqualTo(1);
        assertThat(done.json().get("rejected").asInt()).isEqualTo(1);
        assertThat(done.json().get("mode").asString()).isEqualTo("valid_only");

        JsonNode old = api.get("/api/products/" + oldId, bearer(power)).json();
        assertThat(old.get("name").asString()).isEqualTo("New name");
        assertThat(old.get("description").asString()).as("an absent value keeps the current one").isEqualTo("kept");
        assertThat(old.get("ideal_cycle_time_hours").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(old.get("version").asLong()).isEqualTo(existing.json().get("version").asLong() + 1);
        JsonNode fresh = product("NEW-1");
        assertThat(fresh.get("defect_opportunities").asInt()).isEqualTo(4);
        assertThat(fresh.get("unit_of_measure").asString()).isEqualTo("units");
        assertThat(fresh.get("active").asBoolean()).isTrue();
        assertThat(products()).isEqualTo(2);

        JsonNode importAudit = api.get("/api/audit?entity=import&entity_id=" + id, bearer(admin)).json().get("items");
        assertThat(importAudit.size()).isEqualTo(1);
        assertThat(importAudit.get(0).get("new_value").get("created").asInt()).isEqualTo(1);
        assertThat(importAudit.get(0).get("username").asString()).startsWith("imp-power");
        JsonNode created = api.get("/api/audit?entity=product&entity_id=" + fresh.get("id").asLong(), bearer(admin)).json().get("items");
        assertThat(created.findValuesAsString("action")).containsExactly("CREATE");
        JsonNode updated = api.get("/api/audit?entity=product&entity_id=" + oldId, bearer(admin)).json().get("items");
        assertThat(updated.findValuesAsString("action")).containsExactly("UPDATE", "CREATE");
        assertThat(updated.get(0).get("old_value").get("name").asString()).isEqualTo("Old name");

        Response again = commit(id, "valid_only", true);
        assertThat(again.status()).isEqualTo(409);
        JsonNode log = api.get("/api/imports?client_id=" + client + "&type=products", bearer(power)).json();
        assertThat(log.get("items").get(0).get("import_id").asLong()).isEqualTo(id);
        assertThat(log.get("items").get(0).get("created").asInt()).isEqualTo(1);
    }

    @Test
    void allOrNothingWritesNothingWhileAnyRowIsRejected() {
        JsonNode p = created(upload("products", """
                code,name
                B-1,Fine
                B-2,
                """));
        long id = p.get("import_id").asLong();
        Response refused = commit(id, "all_or_nothing", false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("rows_rejected");
        assertThat(products()).isZero();
        assertThat(api.get("/api/imports/" + id, bearer(power)).json().get("status").asString()).isEqualTo("PREVIEW");

        api.send("PATCH", "/api/imports/" + id + "/rows/3", Map.of("values", Map.of("name", "Fixed")), "application/json", bearer(power));
        Response done = commit(id, "all_or_nothing", false);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("created").asInt()).isEqualTo(2);
        assertThat(products()).isEqualTo(2);
    }

    @Test
    void theCommitChecksRowsAgainstTheDataAsItIsThen() {
        api.post("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"), bearer(power));
        JsonNode p = created(upload("employees", """
                code,name,line_code
                E-1,Ana,l1
                E-2,Ben,
                """));
        assertThat(p.get("valid_rows").asInt()).isEqualTo(2);
        api.post("/api/employees", Map.of("client_id", client, "code", "E-2", "name", "Ben (earlier)", "floating_pool", true), bearer(power));

        Response done = commit(p.get("import_id").asLong(), "all_or_nothing", false);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("created").asInt()).isEqualTo(1);
        assertThat(done.json().get("updated").asInt()).isEqualTo(1);
        JsonNode ben = api.get("/api/employees?client_id=" + client + "&q=E-2", bearer(power)).json().get("items").get(0);
        assertThat(ben.get("name").asString()).isEqualTo("Ben");
        assertThat(ben.get("floating_pool").asBoolean()).as("absent keeps the current value").isTrue();
    }

    @Test
    void employeesNameLinesOfTheirOwnClient() {
        api.post("/api/lines", Map.of("client_id", client, "code", "OWN", "name", "Own"), bearer(admin));
        api.post("/api/lines", Map.of("client_id", other, "code", "FOREIGN", "name", "Foreign"), bearer(admin));
        JsonNode p = created(upload("employees", """
                Código,Nombre,Línea,Flotante
                E-1,Ana,own,sí
                E-2,Ben,foreign,no
                E-3,Cy,,talvez
                """));
        assertThat(row(p, 2).get("errors").size()).isZero();
        assertThat(row(p, 3).get("errors").toString()).contains("line_code", "not a line of this client");
        assertThat(fields(row(p, 4))).containsExactly("floating_pool");
        Response done = commit(p.get("import_id").asLong(), "valid_only", false);
        assertThat(done.json().get("created").asInt()).isEqualTo(1);
        JsonNode ana = api.get("/api/employees?client_id=" + client, bearer(power)).json().get("items").get(0);
        assertThat(ana.get("floating_pool").asBoolean()).isTrue();
        assertThat(ana.get("line_id").isNull()).isFalse();
    }

    @Test
    void rejectedRowsDownloadWithTheFilesHeadersAnErrorColumnAndNeutralisedCells() {
        JsonNode p = created(upload(power, "products", client, "my products.csv", """
                Código;Nombre;Tiempo de ciclo
                OK-1;Fine;0,5
                BAD-1;"Semi; colon";-1
                BAD-2;;0,25
                """.getBytes(StandardCharsets.UTF_8)));
        long id = p.get("import_id").asLong();
        Response csv = api.get("/api/imports/" + id + "/rejected.csv", bearer(power));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("products-rejected.csv");
        assertThat(csv.text().replace("\uFEFF", "").split("\r\n")).containsExactly(
                "Código,Nombre,Tiempo de ciclo,error",
                "BAD-1,\"Semi; colon\",'-1,ideal_cycle_time_hours: must be greater than 0",
                "BAD-2,,\"0,25\",name: must not be blank");
        assertThat(commit(id, "valid_only", false).json().get("created").asInt()).isEqualTo(1);
        assertThat(product("OK-1").get("ideal_cycle_time_hours").decimalValue()).isEqualByComparingTo("0.5");
    }

    @Test
    void theSameFileIsFlaggedAndItsSecondCommitNeedsAllowDuplicate() {
        String csv = "code,name\nDUP-1,Same\n";
        long first = created(upload("products", csv)).get("import_id").asLong();
        JsonNode second = created(upload("products", csv));
        assertThat(second.get("duplicate_of").get("import_id").asLong()).isEqualTo(first);
        assertThat(second.get("duplicate_of").get("status").asString()).isEqualTo("PREVIEW");
        assertThat(second.get("duplicate_of").get("uploaded_at").asString()).isNotBlank();

        assertThat(commit(first, "valid_only", false).status()).isEqualTo(200);
        long secondId = second.get("import_id").asLong();
        assertThat(api.get("/api/imports/" + secondId, bearer(power)).json().get("duplicate_of").get("status").asString())
                .isEqualTo("COMMITTED");
        Response refused = commit(secondId, "valid_only", false);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("duplicate_file");
        assertThat(refused.json().get("duplicate_of").get("import_id").asLong()).isEqualTo(first);
        Response allowed = commit(secondId, "valid_only", true);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.json().get("updated").asInt()).isEqualTo(1);

        JsonNode otherType = created(upload("employees", csv));
        assertThat(otherType.get("duplicate_of").isNull()).as("another type is another import").isTrue();
    }

    @Test
    void aDiscardedPreviewDropsItsRowsAndCannotBeCommitted() {
        long id = created(upload("products", "code,name\nD-1,Gone\n")).get("import_id").asLong();
        assertThat(api.send("DELETE", "/api/imports/" + id, null, null, bearer(power)).status()).isEqualTo(204);
        JsonNode gone = api.get("/api/imports/" + id, bearer(power)).json();
        assertThat(gone.get("status").asString()).isEqualTo("DISCARDED");
        assertThat(gone.get("rows").size()).isZero();
        assertThat(commit(id, "valid_only", false).status()).isEqualTo(409);
        assertThat(api.send("DELETE", "/api/imports/" + id, null, null, bearer(power)).status()).isEqualTo(409);
        assertThat(products()).isZero();
    }

    @Test
    void aMissingRequiredColumnRefusesTheFileNamingIt() {
        Response r = upload("products", "code,description\nX,Y\n");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("name");
        assertThat(upload("products", "code,name\n").status()).isEqualTo(422);
        assertThat(upload("inventory", "code,name\nX,Y\n").json().get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(api.get("/api/imports?client_id=" + client, bearer(power)).json().get("total").asLong())
                .as("a refused file leaves no import behind").isZero();
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedWith413() {
        byte[] big = new byte[20 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        Response r = upload(power, "products", client, "big.csv", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("20 MB");
    }

    @Test
    void moreRowsThanTheLimitRefuseTheFile() {
        StringBuilder csv = new StringBuilder("code,name\n");
        for (int i = 0; i < 51; i++) {
            csv.append("R-").append(i).append(",Row ").append(i).append('\n');
        }
        Response r = upload("products", csv.toString());
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("more than 50 data rows");
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(upload(power, "products", client, "x.csv", pdf).json().get("errors").get(0).get("message").asString()).contains("PDF");
        assertThat(upload(power, "products", client, "x.csv", new byte[] {'c', 'o', 0, 'd', 'e'}).status()).isEqualTo(422);
        assertThat(upload(power, "products", client, "x.csv", "code,name\nA,\u0007bell\n".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(422);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        Response notXlsx = upload(power, "products", client, "x.xlsx", zip.toByteArray());
        assertThat(notXlsx.status()).isEqualTo(422);
        assertThat(notXlsx.json().get("errors").get(0).get("message").asString()).contains("not a readable Excel workbook");
    }

    @Test
    void xlsxRowsAreReadAndFormulaCellsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Products");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("code");
            h.createCell(1).setCellValue("name");
            h.createCell(2).setCellValue("ideal_cycle_time_hours");
            h.createCell(3).setCellValue("active");
            Row a = s.createRow(1);
            a.createCell(0).setCellValue("X-1");
            a.createCell(1).setCellValue("Cell product");
            a.createCell(2).setCellValue(0.0025);
            a.createCell(3).setCellValue(true);
            Row b = s.createRow(3); // row 3 is left empty: row numbers are the sheet's
            b.createCell(0).setCellValue("X-2");
            b.createCell(1).setCellValue("Formula product");
            b.createCell(2).setCellFormula("1/400");
            wb.write(out);
        }
        JsonNode p = created(upload(power, "products", client, "products.xlsx", out.toByteArray()));
        assertThat(p.get("total_rows").asInt()).isEqualTo(2);
        assertThat(row(p, 2).get("values").get("ideal_cycle_time_hours").asString()).isEqualTo("0.0025");
        assertThat(row(p, 2).get("values").get("active").asString()).isEqualTo("true");
        assertThat(row(p, 4).get("errors").toString()).contains("ideal_cycle_time_hours", "formula cells are not accepted");
        assertThat(commit(p.get("import_id").asLong(), "valid_only", false).json().get("created").asInt()).isEqualTo(1);
    }

    @Test
    void aWindows1252FileIsReadWithAWarning() {
        byte[] latin = "code,name\nW-1,Café crème\n".getBytes(Charset.forName("windows-1252"));
        JsonNode p = created(upload(power, "products", client, "latin.csv", latin));
        assertThat(row(p, 2).get("values").get("name").asString()).isEqualTo("Café crème");
        assertThat(p.get("warnings").toString()).contains("Windows-1252");
    }

    @Test
    void aUtf16FileWithByteOrderMarkIsRead() {
        byte[] utf16 = "\uFEFFcode\tname\nU-1\tÑandú\n".getBytes(StandardCharsets.UTF_16LE);
        JsonNode p = created(upload(power, "products", client, "utf16.txt", utf16));
        assertThat(row(p, 2).get("values").get("name").asString()).isEqualTo("Ñandú");
        assertThat(p.get("warnings").size()).isZero();
    }

    @Test
    void importsOfAnotherClientAreInvisibleAndItsClientRefused() {
        long id = created(upload(admin, "products", other, "o.csv", "code,name\nO-1,Other\n".getBytes(StandardCharsets.UTF_8)))
                .get("import_id").asLong();
        assertThat(api.get("/api/imports/" + id, bearer(power)).status()).isEqualTo(404);
        assertThat(api.get("/api/imports/" + id + "/rejected.csv", bearer(power)).status()).isEqualTo(404);
        assertThat(api.get("/api/imports/" + id + "/rows/2", bearer(power)).status()).isEqualTo(404);
        assertThat(api.send("PATCH", "/api/imports/" + id + "/rows/2", Map.of("values", Map.of("name", "Mine")), "application/json",
                bearer(power)).status()).isEqualTo(404);
        assertThat(commit(id, "valid_only", false).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/imports/" + id, null, null, bearer(power)).status()).isEqualTo(404);
        assertThat(api.get("/api/imports", bearer(power)).json().get("items").findValuesAsString("client_id"))
                .doesNotContain(String.valueOf(other));

        Response foreign = upload(power, "products", other, "f.csv", "code,name\nF-1,F\n".getBytes(StandardCharsets.UTF_8));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("client_id");
    }

    @Test
    void operatorsAndLeadersMayReadButNotImportProducts() {
        long n = System.nanoTime() % 1_000_000;
        api.createUser(admin, "imp-op" + n, "operator", "Operator!Plant26", client);
        api.createUser(admin, "imp-lead" + n, "leader", "Leader!Plant26", client);
        String operator = api.token("imp-op" + n, "Operator!Plant26");
        String leader = api.token("imp-lead" + n, "Leader!Plant26");
        byte[] csv = "code,name\nR-1,Role\n".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(operator, "products", client, "r.csv", csv).status()).isEqualTo(403);
        assertThat(upload(leader, "employees", client, "r.csv", csv).status()).isEqualTo(403);
        long id = created(upload(power, "products", client, "r.csv", csv)).get("import_id").asLong();
        assertThat(api.get("/api/imports/" + id, bearer(operator)).status()).isEqualTo(200);
        assertThat(api.post("/api/imports/" + id + "/commit", Map.of("mode", "valid_only"), bearer(leader)).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/imports/" + id, null, null, bearer(operator)).status()).isEqualTo(403);
    }

    /** Codes the "listed" type refuses from now on, and the codes it wrote. */
    static final Set<String> REFUSED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    static final List<String> WRITTEN = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Test types: "date_probe" reads a date column and shows which date a value became (the client's date order
     * applies); "listed" refuses the codes in {@link #REFUSED} at the time a pass runs, as a rule whose data changed.
     */
    @TestConfiguration
    static class ProbeTypes {

        @Bean
        ImportType listed() {
            return probe("listed", ImportColumn.required("code", "A", "a code"), (context, values) ->
                    REFUSED.contains(values.get("code")) ? List.of(new FieldError("code", "is refused now")) : List.of());
        }

        @Bean
        ImportType dateProbe() {
            return probe("date_probe", ImportColumn.required("day", "2026-01-31", "a date", "fecha"), (context, values) -> {
                List<FieldError> errors = new ArrayList<>();
                LocalDate day = context.date("day", values.get("day"), errors);
                return day == null ? errors : List.of(new FieldError("day", day.toString()));
            });
        }

        /** A type of one column for powerusers, checked by the function; a commit notes the column's values in WRITTEN. */
        static ImportType probe(String name, ImportColumn column,
                BiFunction<ImportContext, Map<String, String>, List<FieldError>> check) {
            return new ImportType() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public List<ImportColumn> columns() {
                    return List.of(column);
                }

                @Override
                public Set<Role> allowedRoles() {
                    return Set.of(Role.POWERUSER);
                }

                @Override
                public ImportSession open(long clientId, ImportContext context) {
                    return new ImportSession() {
                        @Override
                        public List<FieldError> validate(int rowNumber, Map<String, String> values) {
                            return check.apply(context, values);
                        }

                        @Override
                        public ImportResult commit(List<ImportRow> rows) {
                            rows.forEach(r -> WRITTEN.add(r.values().get(column.name())));
                            return new ImportResult(rows.size(), 0);
                        }
                    };
                }
            };
        }
    }

    @Test
    void aRowThatBecameInvalidSinceThePreviewIsNotWritten() {
        REFUSED.clear();
        WRITTEN.clear();
        JsonNode p = created(upload("listed", "code\nGOOD\nLATE\n"));
        long id = p.get("import_id").asLong();
        assertThat(p.get("valid_rows").asInt()).isEqualTo(2);
        REFUSED.add("LATE");

        Response refused = commit(id, "all_or_nothing", false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo("row 3: is refused now");
        assertThat(WRITTEN).as("all or nothing: nothing").isEmpty();

        Response done = commit(id, "valid_only", false);
        assertThat(done.json().get("created").asInt()).isEqualTo(1);
        assertThat(done.json().get("rejected").asInt()).isEqualTo(1);
        assertThat(WRITTEN).containsExactly("GOOD");
        assertThat(api.get("/api/imports/" + id + "/rejected.csv", bearer(power)).text()).contains("LATE,code: is refused now");
    }

    @Test
    void slashedDatesAreReadInTheClientsDateOrder() {
        String file = "Fecha\n03/04/2026\n2026-04-05\n2026-04-05T02:00:00Z\n13/13/2026\n";
        JsonNode mdy = created(upload("date_probe", file));
        assertThat(mdy.get("rows").findValuesAsString("message")).containsExactly("2026-03-04", "2026-04-05", "2026-04-04",
                "is not a valid date");

        JsonNode settings = api.get("/api/clients/" + client + "/settings", bearer(power)).json().get("settings");
        Map<String, Object> body = Api.JSON.convertValue(settings, new tools.jackson.core.type.TypeReference<Map<String, Object>>() {});
        body.put("date_order", "DMY");
        assertThat(api.put("/api/clients/" + client + "/settings", body, bearer(power)).status()).isEqualTo(200);
        JsonNode dmy = created(upload("date_probe", file));
        assertThat(dmy.get("rows").get(0).get("errors").get(0).get("message").asString()).isEqualTo("2026-04-03");
    }

    @Test
    void typesListTheirColumnsAndTheirTemplatesImportAsTheyAre() {
        JsonNode types = api.get("/api/imports/types", bearer(power)).json();
        assertThat(types.findValuesAsString("name")).contains("date_probe", "employees", "products");
        JsonNode products = null;
        for (JsonNode t : types) {
            if (t.get("name").asString().equals("products")) {
                products = t;
            }
        }
        assertThat(products.get("allowed_roles").toString()).isEqualTo("[\"poweruser\",\"admin\"]");
        JsonNode code = products.get("columns").get(0);
        assertThat(code.get("name").asString()).isEqualTo("code");
        assertThat(code.get("required").asBoolean()).isTrue();
        assertThat(code.get("aliases").toString()).contains("product_code");

        api.post("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"), bearer(power));
        api.post("/api/shifts", Map.of("client_id", client, "name", "Day", "start", "06:00", "end", "14:00",
                "breaks", List.of()), bearer(power));
        for (String type : List.of("products", "employees")) {
            Response template = api.get("/api/imports/templates/" + type + ".csv", bearer(power));
            assertThat(template.status()).isEqualTo(200);
            assertThat(template.header("Content-Type")).startsWith("text/csv");
            JsonNode p = created(upload(power, type, client, type + "-template.csv", template.text().getBytes(StandardCharsets.UTF_8)));
            assertThat(p.get("valid_rows").asInt()).as(type + ": " + p).isEqualTo(1);
        }
        assertThat(api.get("/api/imports/templates/nothing.csv", bearer(power)).status()).isEqualTo(422);
    }
}
