package io.kezhi.crm.dataexchange.web;

import io.kezhi.crm.dataexchange.job.ImportJobService;
import io.kezhi.crm.dataexchange.job.ImportViews;
import io.kezhi.crm.platform.Downloads;
import io.kezhi.crm.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "导入")
class ImportController {

    private final ImportJobService service;

    ImportController(ImportJobService service) {
        this.service = service;
    }

    @GetMapping("/targets/{target}/fields")
    @Operation(summary = "The fields of a target (e.g. customers) the caller may import into, in the caller's language")
    List<ImportViews.ImportFieldView> fields(@PathVariable String target) {
        return service.fields(target);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a CSV or xlsx file (field file) for a target: headers, first rows and a proposed "
            + "mapping (the caller's last one for the same headers, else by name)")
    ResponseEntity<ImportViews.UploadedImport> upload(@RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam String target) {
        ImportViews.UploadedImport uploaded = service.upload(target, file);
        return ResponseEntity.created(URI.create("/api/v1/imports/" + uploaded.id())).body(uploaded);
    }

    @PutMapping("/{id}/mapping")
    @Operation(summary = "Map columns to fields, choose the dedupe policy (and a CSV encoding); starts validation")
    ImportViews.ImportJobView map(@PathVariable long id, @Valid @RequestBody ImportViews.SaveImportMapping request) {
        return service.map(id, request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job's status and counts (poll for the progress bar)")
    ImportViews.ImportJobView get(@PathVariable long id) {
        return service.get(id);
    }

    @GetMapping
    @Operation(summary = "The caller's recent import jobs, newest first")
    List<ImportViews.ImportJobView> recent(@RequestParam(required = false) String target) {
        return service.recent(target);
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "A job's row errors, in order: row number (header = 1), column, field, message")
    PageResult<ImportViews.ImportErrorView> errors(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return service.errors(id, page, size);
    }

    @GetMapping("/{id}/errors.csv")
    @Operation(summary = "A job's row errors as a CSV file")
    void errorReport(@PathVariable long id, HttpServletResponse response) throws IOException {
        String name = service.errorReportName(id);
        Downloads.start(response, "text/csv;charset=UTF-8", name);
        service.writeErrorReport(id, response.getOutputStream());
    }

    @PostMapping("/{id}/commit")
    @Operation(summary = "Import a validated job without errors, all-or-nothing, in the background (202)")
    ResponseEntity<ImportViews.ImportJobView> commit(@PathVariable long id) {
        return ResponseEntity.accepted().body(service.commit(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Discard a job that is not running or done, with its file")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
