package io.kpiops.imports;

import io.kpiops.imports.ImportRequests.CommitRequest;
import io.kpiops.imports.ImportRequests.CommitResponse;
import io.kpiops.imports.ImportRequests.ImportResponse;
import io.kpiops.imports.ImportRequests.ImportSummaryResponse;
import io.kpiops.imports.ImportRequests.ImportTypeResponse;
import io.kpiops.imports.ImportRequests.RowResponse;
import io.kpiops.imports.ImportRequests.RowUpdateRequest;
import io.kpiops.imports.ImportRequests.RowUpdateResponse;
import io.kpiops.imports.ImportRequests.UploadForm;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.PageQuery;
import io.kpiops.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports")
class ImportController {

    private static final Map<String, String> SORTABLE = Map.of("uploaded_at", "createdAt", "file_name", "fileName",
            "status", "status", "type", "type", "client_id", "clientId");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ImportService service;
    private final ImportCommits commits;

    ImportController(ImportService service, ImportCommits commits) {
        this.service = service;
        this.commits = commits;
    }

    /** Parameters are optional to Spring so that the role check comes first; the service names what is missing. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a CSV or XLSX file: every row is validated and the preview stored (nothing is written yet)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class))))
    ImportResponse upload(@Parameter(hidden = true) @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(hidden = true) @RequestParam(required = false) String type,
            @Parameter(hidden = true) @RequestParam(name = "client_id", required = false) Long clientId) {
        return service.upload(file == null ? null : bytes(file), file == null ? null : file.getOriginalFilename(), type, clientId);
    }

    @GetMapping
    @Operation(summary = "The import log of the caller's clients, newest first")
    PageResponse<ImportSummaryResponse> list(@ParameterObject PageQuery page,
            @RequestParam(name = "client_id", required = false) Long clientId, @RequestParam(required = false) String type) {
        return PageResponse.of(service.list(clientId, type, page.toPageable(SORTABLE,
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")))), ImportSummaryResponse::of);
    }

    @GetMapping("/types")
    @Operation(summary = "The import types with their columns and the roles that may import them")
    List<ImportTypeResponse> types() {
        return service.types().stream().map(ImportTypeResponse::of).toList();
    }

    @GetMapping("/templates/{type}.csv")
    @Operation(summary = "A CSV template of a type: its headers and one example row")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> template(@PathVariable String type) {
        return csv(service.template(type), type.toLowerCase(Locale.ROOT) + "-template.csv");
    }

    @GetMapping("/{id}")
    @Operation(summary = "A preview with one page of its rows: all, only the valid or only the rejected ones")
    ImportResponse get(@PathVariable long id, @ParameterObject PageQuery page,
            @Schema(allowableValues = {"all", "valid", "rejected"}) @RequestParam(required = false) String only) {
        return service.get(id, page.toPageable(Map.of(), Sort.unsorted()), filter(only));
    }

    @GetMapping("/{id}/rows/{row}")
    @Operation(summary = "One row of an import, by its spreadsheet row number")
    RowResponse row(@PathVariable long id, @PathVariable int row) {
        return RowResponse.of(service.row(id, row));
    }

    @PatchMapping("/{id}/rows/{row}")
    @Operation(summary = "Fix values of a row of a preview; the row is validated again and the counts updated")
    RowUpdateResponse updateRow(@PathVariable long id, @PathVariable int row, @Valid @RequestBody RowUpdateRequest request) {
        return service.updateRow(id, row, request.values());
    }

    @PostMapping("/{id}/commit")
    @Operation(summary = "Write the preview in one transaction: the valid rows, or all rows or nothing")
    CommitResponse commit(@PathVariable long id, @Valid @RequestBody CommitRequest request) {
        return commits.commit(id, request.mode(), Boolean.TRUE.equals(request.allowDuplicate()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Discard a preview: its rows are dropped, the log keeps the entry")
    void discard(@PathVariable long id) {
        service.discard(id);
    }

    @GetMapping("/{id}/rejected.csv")
    @Operation(summary = "The rejected rows with the file's headers and an error column, to fix and upload again")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> rejected(@PathVariable long id) {
        ImportService.Download file = service.rejectedCsv(id);
        return csv(file.content(), file.fileName());
    }

    private static ResponseEntity<byte[]> csv(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private static ImportRowStore.Filter filter(String only) {
        if (only == null || only.isBlank()) {
            return ImportRowStore.Filter.ALL;
        }
        try {
            return ImportRowStore.Filter.valueOf(only.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_parameter", "Parameter 'only' must be all, valid or rejected",
                    List.of(new FieldError("only", "must be all, valid or rejected")), Map.of());
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
