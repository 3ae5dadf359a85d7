package io.kezhi.crm.identity.department;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.IdentityRecordTypes;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.RecordTypes;
import io.kezhi.crm.identity.ResolvedScope;
import io.kezhi.crm.identity.ScopedRecords;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.spi.RecordSoftDeleted;
import io.kezhi.crm.shared.web.Etags;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department tree. A move rewrites, in one transaction, the path of the department, of every
 * department below it and the owner-department path of every owned record of every module
 * (each {@link RecordType} with an owner path), so scope checks stay right the moment it commits.
 */
@Service
public class DepartmentService {

    static final int MAX_PATH_LENGTH = 700;

    private final DepartmentRepository departments;
    private final CurrentUser currentUser;
    private final ScopedRecords scopedRecords;
    private final RecordTypes recordTypes;
    private final TenantJdbc jdbc;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager em;

    DepartmentService(DepartmentRepository departments, CurrentUser currentUser, ScopedRecords scopedRecords,
            RecordTypes recordTypes, TenantJdbc jdbc, ApplicationEventPublisher events) {
        this.departments = departments;
        this.currentUser = currentUser;
        this.scopedRecords = scopedRecords;
        this.recordTypes = recordTypes;
        this.jdbc = jdbc;
        this.events = events;
    }

    private RecordType type() {
        return recordTypes.find(IdentityRecordTypes.DEPARTMENT).orElseThrow();
    }

    /** Every department the caller may view, parents before children. */
    @Transactional(readOnly = true)
    public List<DepartmentView> visibleTree() {
        ResolvedScope scope = currentUser.scope(type(), Operation.VIEW);
        List<Department> visible = departments.findAll(scope.<Department>specification(type()));
        Map<Long, Long> members = memberCounts();
        return visible.stream()
                .sorted(Comparator.comparingInt(Department::getDepth).thenComparingInt(Department::getSortOrder)
                        .thenComparing(Department::getId))
                .map(d -> DepartmentView.of(d, members.getOrDefault(d.getId(), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    public DepartmentView get(long id) {
        Department d = require(id, Operation.VIEW);
        return DepartmentView.of(d, memberCounts().getOrDefault(id, 0L));
    }

    @Transactional
    public DepartmentView create(DepartmentRequests.CreateDepartment request) {
        Department parent = require(request.parentId(), Operation.CREATE);
        if (!parent.isEnabled()) {
            throw ApiException.invalidField("parentId", "validation.departmentDisabled");
        }
        String name = request.name().trim();
        requireUniqueName(parent.getId(), name, "name");
        Department department = new Department(parent.getId(), name,
                request.sortOrder() == null ? 0 : request.sortOrder());
        em.persist(department);
        department.placeUnder(parent.getPath(), parent.getDepth());
        if (department.getPath().length() > MAX_PATH_LENGTH) {
            throw ApiException.invalidField("parentId", "validation.departmentTooDeep");
        }
        em.flush();
        return DepartmentView.of(department, 0);
    }

    /** The root department of a new company (system set-up; no permission check). */
    @Transactional
    public long createRoot(String companyName) {
        Department root = new Department(null, companyName, 0);
        em.persist(root);
        root.placeUnder("/", 0);
        em.flush();
        return root.getId();
    }

    @Transactional
    public DepartmentView update(long id, DepartmentRequests.UpdateDepartment request, long expectedVersion) {
        Department department = require(id, Operation.EDIT);
        Etags.check(expectedVersion, department.getVersion());
        if (request.name() != null && !request.name().trim().equals(department.getName())) {
            String name = request.name().trim();
            if (department.getParentId() != null) {
                requireUniqueName(department.getParentId(), name, "name");
            }
            department.rename(name);
        }
        if (request.sortOrder() != null) {
            department.setSortOrder(request.sortOrder());
        }
        if (request.enabled() != null && request.enabled() != department.isEnabled()) {
            if (department.getParentId() == null && !request.enabled()) {
                throw ApiException.conflict("error.rootDepartment");
            }
            department.setEnabled(request.enabled());
        }
        em.flush();
        return DepartmentView.of(department, memberCounts().getOrDefault(id, 0L));
    }

    @Transactional
    public DepartmentView move(long id, long newParentId, long expectedVersion) {
        Department department = require(id, Operation.EDIT);
        Etags.check(expectedVersion, department.getVersion());
        if (department.getParentId() == null) {
            throw ApiException.conflict("error.rootDepartment");
        }
        Department parent = require(newParentId, Operation.EDIT);
        if (parent.getPath().startsWith(department.getPath())) {
            throw ApiException.invalidField("parentId", "validation.departmentCycle");
        }
        if (!parent.isEnabled()) {
            throw ApiException.invalidField("parentId", "validation.departmentDisabled");
        }
        if (newParentId == department.getParentId()) {
            return DepartmentView.of(department, memberCounts().getOrDefault(id, 0L));
        }
        requireUniqueName(newParentId, department.getName(), "parentId");
        String oldPath = department.getPath();
        String newPath = parent.getPath() + department.getId() + "/";
        int deepest = jdbc.sql("SELECT MAX(LENGTH(path)) FROM department WHERE tenant_id = :tenantId AND path LIKE :p",
                Map.of("p", oldPath + "%")).query(Integer.class).single();
        if (deepest - oldPath.length() + newPath.length() > MAX_PATH_LENGTH) {
            throw ApiException.invalidField("parentId", "validation.departmentTooDeep");
        }
        department.setParentId(newParentId);
        em.flush();
        rewritePaths(oldPath, newPath, parent.getDepth() + 1 - department.getDepth());
        em.clear();
        return get(id);
    }

    /** Soft delete into the recycle bin; only an empty department (no sub-departments, no users). */
    @Transactional
    public void delete(long id, long expectedVersion) {
        Department department = require(id, Operation.DELETE);
        Etags.check(expectedVersion, department.getVersion());
        if (department.getParentId() == null) {
            throw ApiException.conflict("error.rootDepartment");
        }
        long children = jdbc.sql("SELECT COUNT(*) FROM department WHERE tenant_id = :tenantId AND parent_id = :id",
                Map.of("id", id)).query(Long.class).single();
        if (children > 0) {
            throw ApiException.conflict("error.departmentHasChildren");
        }
        long users = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE tenant_id = :tenantId AND department_id = :id",
                Map.of("id", id)).query(Long.class).single();
        if (users > 0) {
            throw ApiException.conflict("error.departmentHasUsers", users);
        }
        department.markDeleted();
        em.flush();
        events.publishEvent(new RecordSoftDeleted(SubjectRef.of(IdentityRecordTypes.DEPARTMENT, id),
                department.getName(), null, department.getId(), department.getPath()));
    }

    private void rewritePaths(String oldPath, String newPath, int depthDelta) {
        Map<String, Object> params = new HashMap<>();
        params.put("oldPrefix", oldPath + "%");
        params.put("newPath", newPath);
        params.put("cut", oldPath.length() + 1);
        params.put("delta", depthDelta);
        jdbc.sql("""
                UPDATE department SET depth = depth + :delta
                WHERE tenant_id = :tenantId AND path LIKE :oldPrefix""", params).update();
        Set<String> done = new HashSet<>();
        for (RecordType type : recordTypes.all()) {
            if (type.ownerDeptPath() == null) {
                continue;
            }
            String column = type.ownerDeptPath().column();
            if (done.add(type.table() + "." + column)) {
                jdbc.sql("UPDATE " + type.table() + " SET " + column + " = CONCAT(:newPath, SUBSTR(" + column
                        + ", :cut)) WHERE tenant_id = :tenantId AND " + column + " LIKE :oldPrefix", params).update();
            }
        }
    }

    private Department require(long id, Operation operation) {
        return scopedRecords.require(type(), Department.class, id, operation);
    }

    private void requireUniqueName(long parentId, String name, String field) {
        if (departments.existsByParentIdAndNameIgnoreCase(parentId, name)) {
            throw ApiException.conflictOnField(field, "validation.departmentNameTaken", name);
        }
    }

    private Map<Long, Long> memberCounts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT department_id, COUNT(*) FROM app_user
                WHERE tenant_id = :tenantId AND deleted_at IS NULL AND status = 'ACTIVE'
                GROUP BY department_id""").query((rs, i) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }
}
