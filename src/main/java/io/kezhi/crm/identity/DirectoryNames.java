package io.kezhi.crm.identity;

import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.tenant.TenantContext;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Names of users and departments to show next to records (owner, author, department), deleted ones
 * included. Every list page needs them, and they change rarely: within a request checked by the
 * account filter they come from a per-node copy of the company's names, kept for as long as its
 * access version stays the same (a user or department write moves it, see {@code AccessChangeTracker});
 * ids the copy does not know (created later in the same request) and work outside a request are
 * looked up in the database.
 */
@Component
public class DirectoryNames {

    /** Companies with more users than this are not copied (the copy then holds no maps): names are looked up each time. */
    static final int MAX_COPIED_USERS = 20_000;

    private record Copy(long accessVersion, Map<Long, String> users, Map<Long, String> departments) {
    }

    private final TenantJdbc jdbc;
    private final Map<Long, Copy> copies = new ConcurrentHashMap<>();

    DirectoryNames(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Display names of the users with these ids (nulls ignored, unknown ids left out). */
    public Map<Long, String> users(Collection<Long> ids) {
        return names(ids, Copy::users, "SELECT id, display_name FROM app_user");
    }

    /** Names of the departments with these ids (nulls ignored, unknown ids left out). */
    public Map<Long, String> departments(Collection<Long> ids) {
        return names(ids, Copy::departments, "SELECT id, name FROM department");
    }

    private Map<Long, String> names(Collection<Long> ids, Function<Copy, Map<Long, String>> part, String select) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        Copy copy = copy();
        Map<Long, String> copied = copy == null ? null : part.apply(copy);
        List<Long> missing = wanted;
        if (copied != null) {
            missing = wanted.stream().filter(id -> !copied.containsKey(id)).toList();
            wanted.stream().filter(copied::containsKey).forEach(id -> names.put(id, copied.get(id)));
        }
        if (!missing.isEmpty()) {
            jdbc.sql(select + " WHERE tenant_id = :tenantId AND id IN (:ids)", Map.of("ids", missing))
                    .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }

    /** The company's names at the access version this request was checked at, or null outside such a request. */
    private Copy copy() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        OptionalLong tenant = TenantContext.current();
        if (request == null || tenant.isEmpty()
                || !(request.getAttribute(CurrentUser.ACCESS_VERSION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                        instanceof Long version)) {
            return null;
        }
        long tenantId = tenant.getAsLong();
        Copy copy = copies.get(tenantId);
        if (copy != null && copy.accessVersion() == version) {
            return copy;
        }
        Map<Long, String> users = all("SELECT id, display_name FROM app_user WHERE tenant_id = :tenantId LIMIT "
                + (MAX_COPIED_USERS + 1));
        Copy fresh = users.size() > MAX_COPIED_USERS ? new Copy(version, null, null)
                : new Copy(version, users, all("SELECT id, name FROM department WHERE tenant_id = :tenantId"));
        copies.put(tenantId, fresh);
        return fresh;
    }

    private Map<Long, String> all(String select) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql(select).query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return Collections.unmodifiableMap(names);
    }
}
