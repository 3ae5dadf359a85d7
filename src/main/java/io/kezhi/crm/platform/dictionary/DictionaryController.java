package io.kezhi.crm.platform.dictionary;

import io.kezhi.crm.shared.web.Etags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dictionaries")
@Tag(name = "Dictionaries", description = "数据字典")
class DictionaryController {

    private final DictionaryService service;

    DictionaryController(DictionaryService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "All value lists of the company")
    List<DictionaryViews.DictTypeView> types() {
        return service.types();
    }

    @PostMapping
    ResponseEntity<DictionaryViews.DictTypeView> createType(@Valid @RequestBody DictionaryViews.CreateDictType request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.createType(request));
    }

    @PatchMapping("/{code}")
    DictionaryViews.DictTypeView updateType(@PathVariable String code,
            @Valid @RequestBody DictionaryViews.UpdateDictType request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return service.updateType(code, request, Etags.expectedVersion(ifMatch, request.version()));
    }

    @GetMapping("/{code}/items")
    @Operation(summary = "Values of a list in display order (disabled ones only on request)")
    List<DictionaryViews.DictItemView> items(@PathVariable String code,
            @RequestParam(defaultValue = "false") boolean includeDisabled) {
        return service.items(code, includeDisabled);
    }

    @PostMapping("/{code}/items")
    ResponseEntity<DictionaryViews.DictItemView> createItem(@PathVariable String code,
            @Valid @RequestBody DictionaryViews.CreateDictItem request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.createItem(code, request));
    }

    @PatchMapping("/{code}/items/{id}")
    DictionaryViews.DictItemView updateItem(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody DictionaryViews.UpdateDictItem request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return service.updateItem(code, id, request, Etags.expectedVersion(ifMatch, request.version()));
    }

    @DeleteMapping("/{code}/items/{id}")
    @Operation(summary = "Move a value to the recycle bin (records keep its code)")
    ResponseEntity<Void> deleteItem(@PathVariable String code, @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        service.deleteItem(code, id, Etags.expectedVersion(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
