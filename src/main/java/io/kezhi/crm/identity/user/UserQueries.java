package io.kezhi.crm.identity.user;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.DirectoryNames;
import io.kezhi.crm.identity.IdentityRecordTypes;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.identity.ScopedRecords;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.shared.jpa.Likes;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading users: scoped lists and details, with names of departments, superiors and roles batched. */
@Service
public class UserQueries {

    static final Map<String, String> SORTS = Map.of(
            "displayName", "displayName", "username", "username", "createdAt", "createdAt", "status", "status");

    public record Filter(String q, Long departmentId, boolean includeSubDepartments, UserStatus status, Long roleId) {
    }

    private final EntityLister lister;
    private final CurrentUser currentUser;
    private final ScopedRecords scopedRecords;
    private final RecordTypes recordTypes;
    private final TenantJdbc jdbc;
    private final DirectoryNames names;

    UserQueries(EntityLister lister, CurrentUser currentUser, ScopedRecords scopedRecords, RecordTypes recordTypes,
            TenantJdbc jdbc, DirectoryNames names) {
        this.lister = lister;
        this.currentUser = currentUser;
        this.scopedRecords = scopedRecords;
        this.recordTypes = recordTypes;
        this.jdbc = jdbc;
        this.names = names;
    }

    RecordType type() {
        return recordTypes.find(IdentityRecordTypes.USER).orElseThrow();
    }

    @Transactional(readOnly = true)
    public PageResult<UserView> list(Filter filter, ListQuery query) {
        Specification<AppUser> spec = currentUser.scope(type(), Operation.VIEW).<AppUser>specification(type())
                .and(matching(filter));
        PageResult<AppUser> page = lister.listWithExactTotal(AppUser.class, spec, query);
        return page.withItems(views(page.items()));
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        return view(scopedRecords.require(type(), AppUser.class, id, Operation.VIEW));
    }

    UserView view(AppUser user) {
        return views(List.of(user)).get(0);
    }

    private Specification<AppUser> matching(Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                String like = Likes.contains(filter.q());
                all.add(cb.or(
                        cb.like(cb.lower(root.get("displayName")), like, Likes.ESCAPE),
                        cb.like(root.get("username"), like, Likes.ESCAPE),
                        cb.like(root.get("mobile"), like, Likes.ESCAPE),
                        cb.like(cb.lower(root.get("email")), like, Likes.ESCAPE)));
            }
            if (filter.departmentId() != null) {
                if (filter.includeSubDepartments()) {
                    String path = jdbc.sql("SELECT path FROM department WHERE tenant_id = :tenantId AND id = :id",
                            Map.of("id", filter.departmentId())).query(String.class).optional().orElse("/none/");
                    all.add(cb.like(root.get("deptPath"), path + "%"));
                } else {
                    all.add(cb.equal(root.get("departmentId"), filter.departmentId()));
                }
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.roleId() != null) {
                Subquery<Long> withRole = query.subquery(Long.class);
                var u = withRole.from(AppUser.class);
                withRole.select(u.get("id")).where(cb.equal(u.get("id"), root.get("id")),
                        cb.isMember(filter.roleId(), u.get("roleIds")));
                all.add(cb.exists(withRole));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private List<UserView> views(List<AppUser> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        Set<Long> userIds = new HashSet<>();
        Set<Long> departmentIds = new HashSet<>();
        Set<Long> superiorIds = new HashSet<>();
        for (AppUser u : users) {
            userIds.add(u.getId());
            departmentIds.add(u.getDepartmentId());
            if (u.getSuperiorId() != null) {
                superiorIds.add(u.getSuperiorId());
            }
        }
        Map<Long, String> departmentNames = names.departments(departmentIds);
        Map<Long, String> superiorNames = names.users(superiorIds);
        Map<Long, List<UserView.RoleRef>> roles = new HashMap<>();
        jdbc.sql("""
                SELECT ur.user_id, r.id, r.name, r.builtin FROM user_role ur JOIN app_role r ON r.id = ur.role_id
                WHERE r.tenant_id = :tenantId AND ur.user_id IN (:ids) AND r.deleted_at IS NULL
                ORDER BY r.name""", Map.of("ids", userIds))
                .query((rs, i) -> roles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new UserView.RoleRef(rs.getLong(2), rs.getString(3), rs.getBoolean(4))))
                .list();
        return users.stream().map(u -> new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(),
                u.getMobile(), u.getJobTitle(), u.getDepartmentId(), departmentNames.get(u.getDepartmentId()),
                u.getSuperiorId(), u.getSuperiorId() == null ? null : superiorNames.get(u.getSuperiorId()),
                u.getStatus(), u.getLeftAt(), u.getLocale(), roles.getOrDefault(u.getId(), List.of()),
                u.getCreatedAt(), u.getUpdatedAt(), u.getVersion())).toList();
    }
}
