package io.kezhi.crm.customer.pool;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.OwnerCopies;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.DepartmentDirectory;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.web.Etags;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting pools up: one per department at most, with its claim limits and return rules. Deleting a
 * pool hands the customers waiting in it to the next pool up; the company pool at the root stays.
 */
@Service
public class PoolAdministration {

    private final CustomerPoolRepository pools;
    private final PoolDirectory directory;
    private final PoolViews views;
    private final DepartmentDirectory departments;
    private final PoolRules rules;
    private final CurrentUser currentUser;
    private final TenantJdbc jdbc;
    private final OwnerCopies ownerCopies;

    PoolAdministration(CustomerPoolRepository pools, PoolDirectory directory, PoolViews views,
            DepartmentDirectory departments, PoolRules rules, CurrentUser currentUser, TenantJdbc jdbc,
            OwnerCopies ownerCopies) {
        this.pools = pools;
        this.directory = directory;
        this.views = views;
        this.departments = departments;
        this.rules = rules;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.ownerCopies = ownerCopies;
    }

    /** Every pool for pool administrators; the pools the caller belongs to for everyone else. */
    @Transactional(readOnly = true)
    public List<PoolView> list() {
        currentUser.require(CustomerRecordTypes.CUSTOMER, Operation.VIEW);
        boolean administrator = currentUser.profile().can(CustomerRecordTypes.POOL, Operation.VIEW);
        List<PoolDirectory.PlacedPool> visible = directory.all().stream()
                .filter(p -> administrator || p.enabled() && directory.isMember(p, currentUser.profile())).toList();
        return views.of(pools.findAllById(visible.stream().map(PoolDirectory.PlacedPool::id).toList()));
    }

    @Transactional(readOnly = true)
    public PoolView get(long id) {
        currentUser.require(CustomerRecordTypes.CUSTOMER, Operation.VIEW);
        CustomerPool pool = pools.findById(id).orElseThrow(() -> ApiException.notFound("entity.customerPool"));
        boolean administrator = currentUser.profile().can(CustomerRecordTypes.POOL, Operation.VIEW);
        if (!administrator && !directory.find(id).map(p -> directory.isMember(p, currentUser.profile())).orElse(false)) {
            throw ApiException.notFound("entity.customerPool");
        }
        return views.of(pool);
    }

    @Transactional
    public PoolView create(PoolRequests.SavePool request) {
        currentUser.require(CustomerRecordTypes.POOL, Operation.CREATE);
        if (request.departmentId() == null) {
            throw ApiException.invalidField("departmentId", "NotNull");
        }
        DepartmentDirectory.DirectoryDepartment department = departments.find(request.departmentId())
                .orElseThrow(() -> ApiException.invalidField("departmentId", "validation.unknownDepartment"));
        if (!department.enabled()) {
            throw ApiException.invalidField("departmentId", "validation.departmentDisabled");
        }
        if (pools.findByDepartmentId(department.id()).isPresent()) {
            throw ApiException.conflictOnField("departmentId", "pool.error.departmentTaken", department.name());
        }
        CustomerPool pool = new CustomerPool(request.name().trim(), department.id());
        pool.configure(settings(request));
        return views.of(pools.saveAndFlush(pool));
    }

    @Transactional
    public PoolView update(long id, PoolRequests.SavePool request, long expectedVersion) {
        currentUser.require(CustomerRecordTypes.POOL, Operation.EDIT);
        CustomerPool pool = pools.findById(id).orElseThrow(() -> ApiException.notFound("entity.customerPool"));
        Etags.check(expectedVersion, pool.getVersion());
        if (request.departmentId() != null && request.departmentId() != pool.getDepartmentId()) {
            throw ApiException.invalidField("departmentId", "pool.validation.departmentFixed");
        }
        PoolSettings settings = settings(request);
        if (!settings.enabled() && isCompanyPool(pool)) {
            throw ApiException.invalidField("enabled", "pool.validation.companyPoolEnabled");
        }
        pool.configure(settings);
        pools.flush();
        return views.of(pool);
    }

    /** Deletes a pool; its waiting customers move to the pool above it. */
    @Transactional
    public void delete(long id, long expectedVersion) {
        currentUser.require(CustomerRecordTypes.POOL, Operation.DELETE);
        CustomerPool pool = pools.findById(id).orElseThrow(() -> ApiException.notFound("entity.customerPool"));
        Etags.check(expectedVersion, pool.getVersion());
        if (isCompanyPool(pool)) {
            throw ApiException.conflict("pool.error.companyPool");
        }
        pools.delete(pool);
        pools.flush();
        PoolDirectory.PlacedPool above = directory.poolFor(departmentPath(pool.getDepartmentId()));
        ownerCopies.followPooled(id, above.departmentId());
        jdbc.sql("""
                UPDATE customer SET pool_id = :above, owner_dept_id = :dept, owner_dept_path = :path
                WHERE tenant_id = :tenantId AND pool_id = :pool AND owner_id IS NULL""",
                Map.of("above", above.id(), "dept", above.departmentId(), "path", above.departmentPath(),
                        "pool", id)).update();
        jdbc.sql("UPDATE customer SET pool_id = NULL WHERE tenant_id = :tenantId AND pool_id = :pool",
                Map.of("pool", id)).update();
    }

    /** Applies the return rules now instead of waiting for the nightly job. */
    public PoolRules.Outcome runRules() {
        currentUser.require(CustomerRecordTypes.POOL, Operation.EDIT);
        return rules.applyAll();
    }

    private boolean isCompanyPool(CustomerPool pool) {
        return departments.find(pool.getDepartmentId()).map(d -> d.parentId() == null).orElse(false);
    }

    private String departmentPath(long departmentId) {
        return departments.find(departmentId).map(DepartmentDirectory.DirectoryDepartment::path).orElse("/");
    }

    private PoolSettings settings(PoolRequests.SavePool request) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<PoolRule> rules = new HashSet<>();
        List<PoolRequests.PoolRuleInput> ruleInputs = request.rules() == null ? List.of() : request.rules();
        for (int i = 0; i < ruleInputs.size(); i++) {
            PoolRequests.PoolRuleInput input = ruleInputs.get(i);
            if (input.noFollowUpDays() == null && input.noDealDays() == null) {
                violations.add(new FieldViolation("rules[" + i + "].noFollowUpDays", "pool.validation.ruleEmpty"));
            }
            int warnDays = input.warnDays() == null ? 0 : input.warnDays();
            int shortest = Math.min(input.noFollowUpDays() == null ? Integer.MAX_VALUE : input.noFollowUpDays(),
                    input.noDealDays() == null ? Integer.MAX_VALUE : input.noDealDays());
            if (warnDays >= shortest) {
                violations.add(new FieldViolation("rules[" + i + "].warnDays", "pool.validation.warnTooLate"));
            }
            if (!rules.add(new PoolRule(input.valueClass(), input.noFollowUpDays(), input.noDealDays(), warnDays))) {
                violations.add(new FieldViolation("rules[" + i + "].valueClass", "pool.validation.ruleRepeated"));
            }
        }
        Set<PoolMember> members = new HashSet<>();
        List<PoolRequests.PoolMemberInput> memberInputs = request.members() == null ? List.of() : request.members();
        for (int i = 0; i < memberInputs.size(); i++) {
            PoolRequests.PoolMemberInput input = memberInputs.get(i);
            if (!memberExists(input)) {
                violations.add(new FieldViolation("members[" + i + "].memberId", "pool.validation.unknownMember"));
            }
            members.add(new PoolMember(input.memberType(), input.memberId()));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        String description = request.description() == null || request.description().isBlank() ? null
                : request.description().trim();
        return new PoolSettings(request.name().trim(), description, request.maxOwnedPerUser(),
                request.cooldownDays() == null ? 0 : request.cooldownDays(),
                Boolean.TRUE.equals(request.exemptWonDeal()), Boolean.TRUE.equals(request.exemptOpenOpportunity()),
                !Boolean.FALSE.equals(request.enabled()), rules, members);
    }

    private boolean memberExists(PoolRequests.PoolMemberInput input) {
        String table = input.memberType() == PoolMember.Type.USER ? "app_user" : "department";
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = :tenantId AND id = :id"
                + " AND deleted_at IS NULL", Map.of("id", input.memberId())).query(Long.class).single() > 0;
    }
}
