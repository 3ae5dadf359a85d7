package io.kezhi.crm.identity.role;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.identity.PermissionModule;
import io.kezhi.crm.identity.PolicedEntity;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every matrix row and policed field the modules declare. Validates a role's grants and rules
 * against them: unknown modules, operations or fields are refused, unscoped modules store ALL.
 */
@Component
public class PermissionCatalog {

    private final Map<String, PermissionModule> modules;
    private final FieldPolicies fieldPolicies;

    PermissionCatalog(List<PermissionModule> modules, FieldPolicies fieldPolicies) {
        this.modules = modules.stream().collect(Collectors.toUnmodifiableMap(PermissionModule::key,
                Function.identity()));
        this.fieldPolicies = fieldPolicies;
    }

    public List<PermissionModule> modules() {
        return modules.values().stream().sorted(Comparator.comparingInt(PermissionModule::order)).toList();
    }

    public List<PolicedEntity> policedEntities() {
        return fieldPolicies.entities().stream().sorted(Comparator.comparing(PolicedEntity::key)).toList();
    }

    Set<PermissionGrant> validGrants(List<RoleView.Grant> grants) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<PermissionGrant> valid = new HashSet<>();
        for (int i = 0; i < grants.size(); i++) {
            RoleView.Grant grant = grants.get(i);
            String field = "permissions[" + i + "]";
            PermissionModule module = grant.module() == null ? null : modules.get(grant.module());
            if (module == null || grant.operation() == null || !module.operations().contains(grant.operation())
                    || (module.scoped() && grant.scope() == null)) {
                violations.add(new FieldViolation(field, "validation.unknownPermission"));
                continue;
            }
            if (!seen.add(grant.module() + ":" + grant.operation())) {
                violations.add(new FieldViolation(field, "validation.duplicatePermission"));
                continue;
            }
            valid.add(new PermissionGrant(grant.module(), grant.operation(),
                    module.scoped() ? grant.scope() : DataScope.ALL));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return valid;
    }

    Set<FieldPolicyRule> validRules(List<RoleView.FieldRule> rules) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, PolicedEntity> entities = fieldPolicies.entities().stream()
                .collect(Collectors.toMap(PolicedEntity::key, Function.identity()));
        Set<String> seen = new HashSet<>();
        Set<FieldPolicyRule> valid = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            RoleView.FieldRule rule = rules.get(i);
            String field = "fieldPolicies[" + i + "]";
            PolicedEntity entity = rule.entity() == null ? null : entities.get(rule.entity());
            if (entity == null || rule.field() == null || !entity.hasField(rule.field()) || rule.policy() == null) {
                violations.add(new FieldViolation(field, "validation.unknownField"));
                continue;
            }
            if (!seen.add(rule.entity() + "." + rule.field())) {
                violations.add(new FieldViolation(field, "validation.duplicatePermission"));
                continue;
            }
            if (rule.policy() != FieldAccess.EDITABLE) {
                valid.add(new FieldPolicyRule(rule.entity(), rule.field(), rule.policy()));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return valid;
    }
}
