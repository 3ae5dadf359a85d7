package io.kezhi.crm.platform.view;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.platform.SavedViewList;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.web.Etags;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved views of list screens: a user saves filters, columns and sort under a name, may share the
 * view with their department or the whole company, and pins views (their own or shared ones) to
 * their home page. Only the owner changes or deletes a view.
 */
@Service
class SavedViewService {

    private static final int MAX_VALUE_LENGTH = 200;
    private static final int MAX_PINS = 12;

    record SaveView(@NotBlank @Size(max = 40) String list, @NotBlank @Size(max = 64) String name,
            @NotNull @Size(max = 40) Map<String, Object> filters, @Size(max = 40) List<@Size(max = 40) String> columns,
            @Size(max = 100) String sort, @NotNull SavedView.Visibility visibility, Long version) {
    }

    record ViewOfList(long id, String list, String name, Map<String, Object> filters, List<String> columns,
            String sort, SavedView.Visibility visibility, long ownerId, String ownerName, boolean mine, boolean pinned,
            Instant updatedAt, long version) {
    }

    record PinOrder(@NotNull @Size(max = MAX_PINS) List<@NotNull Long> ids) {
    }

    private final SavedViewRepository views;
    private final Map<String, SavedViewList> lists;
    private final CurrentUser currentUser;
    private final TenantJdbc jdbc;
    private final JsonMapper json;

    SavedViewService(SavedViewRepository views, List<SavedViewList> lists, CurrentUser currentUser, TenantJdbc jdbc,
            JsonMapper json) {
        this.views = views;
        this.lists = lists.stream().collect(Collectors.toMap(SavedViewList::key, l -> l));
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The views of a list the caller may use: their own and those shared with them. */
    @Transactional(readOnly = true)
    List<ViewOfList> of(String listKey) {
        list(listKey, "list");
        return visible("v.list_key = :list", Map.of("list", listKey));
    }

    /** The views the caller pinned to the home page, in their order. */
    @Transactional(readOnly = true)
    List<ViewOfList> pinned() {
        List<ViewOfList> pinned = visible("EXISTS (SELECT 1 FROM saved_view_pin p WHERE p.view_id = v.id"
                + " AND p.user_id = :me)", Map.of());
        Map<Long, Integer> order = pinOrder();
        return pinned.stream().filter(v -> usable(v.list()))
                .sorted(Comparator.comparing(v -> order.getOrDefault(v.id(), 0))).toList();
    }

    @Transactional
    ViewOfList create(SaveView request) {
        SavedViewList list = list(request.list(), "list");
        SavedView view = new SavedView(currentUser.id(), currentUser.profile().departmentId(), list.key());
        define(view, list, request);
        views.saveAndFlush(view);
        return get(view.getId());
    }

    @Transactional
    ViewOfList update(long id, SaveView request, long expectedVersion) {
        SavedView view = own(id);
        Etags.check(expectedVersion, view.getVersion());
        if (!view.getListKey().equals(request.list())) {
            throw ApiException.invalidField("list", "savedView.validation.listFixed");
        }
        define(view, list(view.getListKey(), "list"), request);
        views.flush();
        return get(id);
    }

    @Transactional
    void delete(long id) {
        SavedView view = own(id);
        jdbc.sql("DELETE FROM saved_view_pin WHERE tenant_id = :tenantId AND view_id = :id", Map.of("id", id)).update();
        views.delete(view);
    }

    @Transactional
    void pin(long id) {
        ViewOfList view = get(id);
        if (view.pinned()) {
            return;
        }
        if (pinned().size() >= MAX_PINS) {
            throw ApiException.conflict("savedView.error.tooManyPins", MAX_PINS);
        }
        int last = pinOrder().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        jdbc.sql("INSERT INTO saved_view_pin (tenant_id, user_id, view_id, sort_order) VALUES (:tenantId, :me, :id,"
                + " :order)", Map.of("me", currentUser.id(), "id", id, "order", last + 1)).update();
    }

    @Transactional
    void unpin(long id) {
        jdbc.sql("DELETE FROM saved_view_pin WHERE tenant_id = :tenantId AND user_id = :me AND view_id = :id",
                Map.of("me", currentUser.id(), "id", id)).update();
    }

    @Transactional
    void reorderPins(List<Long> ids) {
        // the pins the caller sees: a pinned view its owner has since made private no longer counts
        Set<Long> current = pinned().stream().map(ViewOfList::id).collect(Collectors.toSet());
        if (!current.equals(new java.util.HashSet<>(ids)) || ids.size() != current.size()) {
            throw ApiException.invalidField("ids", "savedView.validation.pinOrder");
        }
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("UPDATE saved_view_pin SET sort_order = :order WHERE tenant_id = :tenantId AND user_id = :me"
                    + " AND view_id = :id", Map.of("order", i + 1, "me", currentUser.id(), "id", ids.get(i))).update();
        }
    }

    private ViewOfList get(long id) {
        return visible("v.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("entity.savedView"));
    }

    private SavedView own(long id) {
        return views.findById(id).filter(v -> v.getOwnerId() == currentUser.id())
                .orElseThrow(() -> ApiException.notFound("entity.savedView"));
    }

    private void define(SavedView view, SavedViewList list, SaveView request) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, Object> filters = new LinkedHashMap<>();
        request.filters().forEach((name, value) -> {
            if (!list.filters().contains(name)) {
                violations.add(new FieldViolation("filters." + name, "validation.unknownField"));
            } else if (!plain(value)) {
                violations.add(new FieldViolation("filters." + name, "validation.badValue"));
            } else if (value != null) {
                filters.put(name, value);
            }
        });
        List<String> columns = request.columns() == null ? List.of() : request.columns();
        columns.stream().filter(c -> !list.columns().contains(c)).findFirst()
                .ifPresent(c -> violations.add(new FieldViolation("columns", "savedView.validation.column", c)));
        String sort = request.sort() == null || request.sort().isBlank() ? null : request.sort().trim();
        if (sort != null && !list.sorts().contains(sort.replaceFirst(",(asc|desc)$", ""))) {
            violations.add(new FieldViolation("sort", "validation.sortField", sort,
                    String.join(", ", list.sorts().stream().sorted().toList())));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        view.define(request.name().trim(), json.writeValueAsString(filters),
                columns.isEmpty() ? null : String.join(",", columns), sort, request.visibility(),
                currentUser.profile().departmentId());
    }

    /** A filter value as a query parameter would carry it: text, number, true/false, or a list of those. */
    private static boolean plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return true;
        }
        if (value instanceof String s) {
            return s.length() <= MAX_VALUE_LENGTH;
        }
        if (value instanceof List<?> items) {
            return items.size() <= 50 && items.stream().allMatch(i -> i instanceof String || i instanceof Number)
                    && items.stream().allMatch(SavedViewService::plain);
        }
        return false;
    }

    private SavedViewList list(String key, String field) {
        SavedViewList list = lists.get(key);
        if (list == null) {
            throw ApiException.invalidField(field, "savedView.validation.unknownList");
        }
        currentUser.require(list.module(), Operation.VIEW);
        return list;
    }

    private boolean usable(String listKey) {
        SavedViewList list = lists.get(listKey);
        return list != null && currentUser.profile().can(list.module(), Operation.VIEW);
    }

    private Map<Long, Integer> pinOrder() {
        Map<Long, Integer> order = new HashMap<>();
        jdbc.sql("SELECT view_id, sort_order FROM saved_view_pin WHERE tenant_id = :tenantId AND user_id = :me",
                Map.of("me", currentUser.id())).query((rs, i) -> order.put(rs.getLong(1), rs.getInt(2))).list();
        return order;
    }

    private List<ViewOfList> visible(String condition, Map<String, Object> parameters) {
        Map<String, Object> p = new HashMap<>(parameters);
        p.put("me", currentUser.id());
        p.put("myDept", currentUser.profile().departmentId());
        Map<Long, Integer> pins = pinOrder();
        return jdbc.sql("""
                SELECT v.id, v.list_key, v.name, v.filters, v.shown_columns, v.sort_spec, v.visibility, v.owner_id,
                       u.display_name, v.updated_at, v.version
                FROM saved_view v LEFT JOIN app_user u ON u.id = v.owner_id AND u.tenant_id = v.tenant_id
                WHERE v.tenant_id = :tenantId AND (v.owner_id = :me OR v.visibility = 'COMPANY'
                   OR (v.visibility = 'DEPARTMENT' AND v.owner_dept_id = :myDept)) AND """ + " " + condition
                + " ORDER BY v.name, v.id", p)
                .query((rs, i) -> {
                    long id = rs.getLong(1);
                    String columns = rs.getString(5);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> filters = json.readValue(rs.getString(4), Map.class);
                    return new ViewOfList(id, rs.getString(2), rs.getString(3), filters,
                            columns == null ? List.of() : List.of(columns.split(",")), rs.getString(6),
                            SavedView.Visibility.valueOf(rs.getString(7)), rs.getLong(8), rs.getString(9),
                            rs.getLong(8) == currentUser.id(), pins.containsKey(id), jdbc.instant(rs, 10),
                            rs.getLong(11));
                }).list();
    }
}
