package io.kezhi.crm.platform.recycle;

import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/recycle-bin")
@Tag(name = "Recycle bin", description = "回收站")
class RecycleBinController {

    private final RecycleBin bin;
    private final MessageSource messages;

    RecycleBinController(RecycleBin bin, MessageSource messages) {
        this.bin = bin;
        this.messages = messages;
    }

    @GetMapping("/types")
    @Operation(summary = "Kinds of records the caller may find in the bin, for the type filter")
    List<RecycleBin.RecycleBinType> types() {
        return bin.types(messages, LocaleContextHolder.getLocale());
    }

    @GetMapping
    @Operation(summary = "Deleted records the caller could have deleted; sort by deletedAt or purgeAfter")
    PageResult<RecycleBin.RecycleBinEntry> list(@RequestParam(required = false) String type,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean total) {
        return bin.list(type, q, ListQuery.of(page, size, sort, total, RecycleBin.SORTS,
                new ListQuery.SortOrder("e.deleted_at", false)));
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Bring the record back")
    ResponseEntity<Void> restore(@PathVariable long id) {
        bin.restore(id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove the record for good now (its history stays)")
    ResponseEntity<Void> purge(@PathVariable long id) {
        bin.purgeNow(id);
        return ResponseEntity.noContent().build();
    }
}
