package io.kezhi.crm.identity.role;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a role matrix can contain, with names in the caller's language. */
@RestController
@Tag(name = "Roles")
class PermissionCatalogController {

    record CatalogOption(String key, String label) {
    }

    record CatalogModule(String key, String label, boolean scoped, List<CatalogOption> operations) {
    }

    record CatalogEntity(String key, String label, List<CatalogOption> fields) {
    }

    record PermissionCatalogView(List<CatalogModule> modules, List<CatalogOption> scopes, List<CatalogEntity> entities,
            List<CatalogOption> fieldAccess) {
    }

    private final PermissionCatalog catalog;
    private final MessageSource messages;

    PermissionCatalogController(PermissionCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/api/v1/permission-catalog")
    PermissionCatalogView catalog() {
        Locale locale = LocaleContextHolder.getLocale();
        List<CatalogModule> modules = catalog.modules().stream()
                .map(m -> new CatalogModule(m.key(), label(m.labelKey(), locale), m.scoped(),
                        m.orderedOperations().stream()
                                .map(op -> new CatalogOption(op.name(), label("operation." + op.name(), locale))).toList()))
                .toList();
        List<CatalogEntity> entities = catalog.policedEntities().stream()
                .map(e -> new CatalogEntity(e.key(), label(e.labelKey(), locale), e.fields().stream()
                        .map(f -> new CatalogOption(f.name(), label(f.labelKey(), locale))).toList()))
                .toList();
        List<CatalogOption> scopes = Arrays.stream(DataScope.values())
                .map(s -> new CatalogOption(s.name(), label("scope." + s.name(), locale))).toList();
        List<CatalogOption> access = Arrays.stream(FieldAccess.values())
                .map(a -> new CatalogOption(a.name(), label("fieldAccess." + a.name(), locale))).toList();
        return new PermissionCatalogView(modules, scopes, entities, access);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
