package io.kezhi.crm.identity.role;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.IdentityRecordTypes;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.shared.jpa.Likes;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.spi.RecordSoftDeleted;
import io.kezhi.crm.shared.web.Etags;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and their permission matrices. Roles are company-wide: no data scope applies to them. */
@Service
public class RoleService {

    public static final String ADMIN_ROLE_NAME = "系统管理员";

    private final RoleRepository roles;
    private final PermissionCatalog catalog;
    private final CurrentUser currentUser;
    private final TenantJdbc jdbc;
    private final EntityLister lister;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager em;

    RoleService(RoleRepository roles, PermissionCatalog catalog, CurrentUser currentUser, TenantJdbc jdbc,
            EntityLister lister, ApplicationEventPublisher events) {
        this.roles = roles;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.lister = lister;
        this.events = events;
    }

    static final Map<String, String> SORTS = Map.of("name", "name", "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    /** Roles are company-wide: the built-in administrator role first, then by the requested order. */
    @Transactional(readOnly = true)
    public PageResult<RoleView> list(String q, ListQuery query) {
        currentUser.require(IdentityRecordTypes.ROLE, Operation.VIEW);
        Specification<Role> spec = (root, cq, cb) -> q == null || q.isBlank() ? cb.conjunction()
                : cb.like(cb.lower(root.get("name")), Likes.contains(q), Likes.ESCAPE);
        List<ListQuery.SortOrder> order = new ArrayList<>();
        order.add(new ListQuery.SortOrder("builtin", false));
        order.addAll(query.sort());
        ListQuery builtinFirst = new ListQuery(query.page(), query.size(), order, query.includeTotal());
        Map<Long, Long> counts = userCounts();
        return lister.list(Role.class, spec, builtinFirst)
                .map(r -> RoleView.of(r, counts.getOrDefault(r.getId(), 0L)));
    }

    @Transactional(readOnly = true)
    public RoleView get(long id) {
        currentUser.require(IdentityRecordTypes.ROLE, Operation.VIEW);
        Role role = find(id);
        return RoleView.of(role, userCounts().getOrDefault(id, 0L));
    }

    @Transactional
    public RoleView create(RoleRequests.SaveRole request) {
        currentUser.require(IdentityRecordTypes.ROLE, Operation.CREATE);
        String name = request.name().trim();
        if (roles.existsByNameIgnoreCase(name)) {
            throw ApiException.conflictOnField("name", "validation.roleNameTaken", name);
        }
        Role role = new Role(name, blankToNull(request.description()), false);
        role.replacePermissions(catalog.validGrants(orEmpty(request.permissions())));
        role.replaceFieldPolicies(catalog.validRules(orEmpty(request.fieldPolicies())));
        roles.save(role);
        em.flush();
        return RoleView.of(role, 0);
    }

    /** The built-in administrator role for a new company (no grants: it holds everything). */
    @Transactional
    public long createAdministratorRole() {
        Role role = new Role(ADMIN_ROLE_NAME, "拥有全部权限 / All permissions", true);
        roles.save(role);
        em.flush();
        return role.getId();
    }

    @Transactional
    public RoleView update(long id, RoleRequests.SaveRole request, long expectedVersion) {
        currentUser.require(IdentityRecordTypes.ROLE, Operation.EDIT);
        Role role = find(id);
        Etags.check(expectedVersion, role.getVersion());
        if (role.isBuiltin()) {
            throw ApiException.conflict("error.builtinRole");
        }
        String name = request.name().trim();
        if (!name.equalsIgnoreCase(role.getName()) && roles.existsByNameIgnoreCase(name)) {
            throw ApiException.conflictOnField("name", "validation.roleNameTaken", name);
        }
        role.describe(name, blankToNull(request.description()));
        role.replacePermissions(catalog.validGrants(orEmpty(request.permissions())));
        role.replaceFieldPolicies(catalog.validRules(orEmpty(request.fieldPolicies())));
        em.flush();
        return RoleView.of(role, userCounts().getOrDefault(id, 0L));
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        currentUser.require(IdentityRecordTypes.ROLE, Operation.DELETE);
        Role role = find(id);
        Etags.check(expectedVersion, role.getVersion());
        if (role.isBuiltin()) {
            throw ApiException.conflict("error.builtinRole");
        }
        long holders = userCounts().getOrDefault(id, 0L);
        if (holders > 0) {
            throw ApiException.conflict("error.roleInUse", holders);
        }
        role.markDeleted();
        em.flush();
        events.publishEvent(new RecordSoftDeleted(SubjectRef.of(IdentityRecordTypes.ROLE, id), role.getName(),
                null, null, null));
    }

    private Role find(long id) {
        return roles.findById(id).orElseThrow(() -> ApiException.notFound("entity.role"));
    }

    private Map<Long, Long> userCounts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT ur.role_id, COUNT(*) FROM user_role ur JOIN app_user u ON u.id = ur.user_id
                WHERE u.tenant_id = :tenantId AND u.deleted_at IS NULL AND u.status <> 'LEFT'
                GROUP BY ur.role_id""").query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
