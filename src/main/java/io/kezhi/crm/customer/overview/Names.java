package io.kezhi.crm.customer.overview;

import io.kezhi.crm.identity.DirectoryNames;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Names of users (from the directory), pools and contacts for a page of entries, one query per kind. */
@Component
class Names {

    private final TenantJdbc jdbc;
    private final DirectoryNames directory;

    Names(TenantJdbc jdbc, DirectoryNames directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    Map<Long, String> users(Collection<Long> ids) {
        return directory.users(ids);
    }

    Map<Long, String> pools(Collection<Long> ids) {
        return names("SELECT id, name FROM customer_pool", ids);
    }

    Map<Long, String> contacts(Collection<Long> ids) {
        return names("SELECT id, name FROM contact", ids);
    }

    private Map<Long, String> names(String select, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        var present = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (!present.isEmpty()) {
            jdbc.sql(select + " WHERE tenant_id = :tenantId AND id IN (:ids)", Map.of("ids", present))
                    .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }
}
