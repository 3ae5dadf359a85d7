package io.kezhi.crm.platform.file;

import io.kezhi.crm.platform.AttachmentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "Files", description = "附件")
class FileController {

    private final FileService service;

    FileController(FileService service) {
        this.service = service;
    }

    @PostMapping(path = "/{subjectType}/{subjectId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (multipart field \"file\") to a record the caller may edit",
            description = "Refused with the field named: an empty file, one above kezhi.files.max-size (413), "
                    + "an extension not allowed, content that does not match the extension.")
    @ApiResponse(responseCode = "201", description = "The stored file")
    ResponseEntity<AttachmentView> upload(@PathVariable String subjectType, @PathVariable long subjectId,
            @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        AttachmentView stored = service.upload(subjectType, subjectId, file);
        return ResponseEntity.created(URI.create("/api/v1/files/" + stored.id() + "/content")).body(stored);
    }

    @GetMapping("/{subjectType}/{subjectId}")
    @Operation(summary = "The files of a record the caller may view, newest first")
    List<AttachmentView> list(@PathVariable String subjectType, @PathVariable long subjectId) {
        return service.list(subjectType, subjectId);
    }

    @GetMapping("/{id}/content")
    @Operation(summary = "Download a file of a record the caller may view (always as an attachment)")
    @ApiResponse(responseCode = "200", description = "The file's bytes, with its stored content type",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<Resource> content(@PathVariable long id) throws IOException {
        FileService.Download download = service.download(id);
        AttachmentView file = download.file();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(download.content()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a file from a record the caller may edit")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
