package io.kezhi.crm.identity.user;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.identity.IdentityRecordTypes;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.ScopedRecords;
import io.kezhi.crm.identity.DepartmentDirectory;
import io.kezhi.crm.identity.login.SessionTerminator;
import io.kezhi.crm.shared.Phones;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.spi.RecordSoftDeleted;
import io.kezhi.crm.shared.web.Etags;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing users. Each operation checks its permission and scope on the user record. */
@Service
public class UserService {

    private final UserRepository users;
    private final UserQueries queries;
    private final CurrentUser currentUser;
    private final ScopedRecords scopedRecords;
    private final FieldPolicies fieldPolicies;
    private final DepartmentDirectory departments;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;
    private final TenantJdbc jdbc;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager em;

    UserService(UserRepository users, UserQueries queries, CurrentUser currentUser, ScopedRecords scopedRecords,
            FieldPolicies fieldPolicies, DepartmentDirectory departments, PasswordEncoder passwordEncoder,
            SessionTerminator sessions, TenantJdbc jdbc, ApplicationEventPublisher events) {
        this.users = users;
        this.queries = queries;
        this.currentUser = currentUser;
        this.scopedRecords = scopedRecords;
        this.fieldPolicies = fieldPolicies;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public UserView create(UserRequests.CreateUser request) {
        DepartmentDirectory.DirectoryDepartment department = enabledDepartment(request.departmentId());
        currentUser.requirePlacement(IdentityRecordTypes.USER, Operation.CREATE, department.id(), department.path());
        fieldPolicies.checkCreate(IdentityRecordTypes.USER, request);
        String username = request.username().trim().toLowerCase(Locale.ROOT);
        long taken = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE tenant_id = :tenantId AND username = :u",
                Map.of("u", username)).query(Long.class).single();
        if (taken > 0) {
            throw ApiException.conflictOnField("username", "validation.usernameTaken", username);
        }
        PasswordPolicy.check("password", request.password());
        if (request.superiorId() != null) {
            requireActiveUser(request.superiorId(), "superiorId");
        }
        Set<Long> roleIds = request.roleIds() == null ? Set.of() : request.roleIds();
        if (!roleIds.isEmpty()) {
            currentUser.require(IdentityRecordTypes.ROLE, Operation.ASSIGN);
            requireRoles(roleIds);
        }
        AppUser user = new AppUser(username, request.displayName().trim(),
                passwordEncoder.encode(request.password()), department.id(), department.path());
        user.updateProfile(request.displayName().trim(), blankToNull(request.email()),
                mobile(request.mobile()), blankToNull(request.jobTitle()), blankToNull(request.locale()));
        user.setSuperiorId(request.superiorId());
        user.replaceRoles(roleIds);
        users.save(user);
        em.flush();
        return queries.view(user);
    }

    /** The first administrator of a new company (system set-up; no permission check). */
    @Transactional
    public long createAdministrator(String username, String displayName, String password, long departmentId,
            long adminRoleId) {
        PasswordPolicy.check("adminPassword", password);
        DepartmentDirectory.DirectoryDepartment department = enabledDepartment(departmentId);
        AppUser user = new AppUser(username, displayName, passwordEncoder.encode(password), department.id(),
                department.path());
        user.replaceRoles(Set.of(adminRoleId));
        users.save(user);
        em.flush();
        return user.getId();
    }

    @Transactional
    public UserView update(long id, UserRequests.UpdateUser patch, long expectedVersion) {
        AppUser user = require(id, Operation.EDIT);
        Etags.check(expectedVersion, user.getVersion());
        fieldPolicies.checkPatch(IdentityRecordTypes.USER, patch, new UserRequests.UpdateUser(user.getDisplayName(),
                user.getEmail(), user.getMobile(), user.getJobTitle(), user.getLocale(), null));
        user.updateProfile(
                patch.displayName() == null ? user.getDisplayName() : patch.displayName().trim(),
                patch.email() == null ? user.getEmail() : blankToNull(patch.email()),
                patch.mobile() == null ? user.getMobile() : mobile(patch.mobile()),
                patch.jobTitle() == null ? user.getJobTitle() : blankToNull(patch.jobTitle()),
                patch.locale() == null ? user.getLocale() : blankToNull(patch.locale()));
        em.flush();
        return queries.view(user);
    }

    /** Moves a user to another department and/or gives them another direct superior. */
    @Transactional
    public UserView move(long id, UserRequests.MoveUser request, long expectedVersion) {
        AppUser user = require(id, Operation.ASSIGN);
        Etags.check(expectedVersion, user.getVersion());
        DepartmentDirectory.DirectoryDepartment department = enabledDepartment(request.departmentId());
        currentUser.requirePlacement(IdentityRecordTypes.USER, Operation.ASSIGN, department.id(), department.path());
        if (request.superiorId() != null) {
            requireActiveUser(request.superiorId(), "superiorId");
            if (request.superiorId() == id || superiorChainOf(request.superiorId()).contains(id)) {
                throw ApiException.invalidField("superiorId", "validation.superiorCycle");
            }
        }
        user.moveTo(department.id());
        user.setSuperiorId(request.superiorId());
        em.flush();
        jdbc.sql("UPDATE app_user SET dept_path = :path WHERE tenant_id = :tenantId AND id = :id",
                Map.of("path", department.path(), "id", id)).update();
        em.refresh(user);
        return queries.view(user);
    }

    @Transactional
    public UserView changeStatus(long id, UserStatus status, long expectedVersion) {
        AppUser user = require(id, Operation.EDIT);
        Etags.check(expectedVersion, user.getVersion());
        if (status != UserStatus.ACTIVE) {
            if (id == currentUser.id()) {
                throw ApiException.conflict("error.cannotDeactivateSelf");
            }
            requireAnotherAdmin(user);
        }
        user.changeStatus(status);
        em.flush();
        if (status != UserStatus.ACTIVE) {
            sessions.endSessionsOf(id);
        }
        return queries.view(user);
    }

    @Transactional
    public void resetPassword(long id, String password) {
        if (id == currentUser.id()) {
            throw ApiException.conflict("error.useOwnPasswordChange");
        }
        AppUser user = require(id, Operation.EDIT);
        PasswordPolicy.check("password", password);
        user.changePasswordHash(passwordEncoder.encode(password));
        em.flush();
        sessions.endSessionsOf(id);
    }

    @Transactional
    public UserView changeRoles(long id, Set<Long> roleIds, long expectedVersion) {
        currentUser.require(IdentityRecordTypes.ROLE, Operation.ASSIGN);
        AppUser user = require(id, Operation.EDIT);
        Etags.check(expectedVersion, user.getVersion());
        requireRoles(roleIds);
        if (holdsAdminRole(user.getRoleIds()) && !holdsAdminRole(roleIds)) {
            requireAnotherAdmin(user);
        }
        user.replaceRoles(roleIds);
        em.flush();
        return queries.view(user);
    }

    /** Soft delete into the recycle bin. */
    @Transactional
    public void delete(long id, long expectedVersion) {
        if (id == currentUser.id()) {
            throw ApiException.conflict("error.cannotDeleteSelf");
        }
        AppUser user = require(id, Operation.DELETE);
        Etags.check(expectedVersion, user.getVersion());
        long subordinates = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE tenant_id = :tenantId AND superior_id = :id",
                Map.of("id", id)).query(Long.class).single();
        if (subordinates > 0) {
            throw ApiException.conflict("error.userHasSubordinates", subordinates);
        }
        requireAnotherAdmin(user);
        user.markDeleted();
        em.flush();
        sessions.endSessionsOf(id);
        events.publishEvent(new RecordSoftDeleted(SubjectRef.of(IdentityRecordTypes.USER, id),
                user.getDisplayName() + " (" + user.getUsername() + ")", id, user.getDepartmentId(),
                user.getDeptPath()));
    }

    /** A signed-in user changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = users.findById(currentUser.id()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw ApiException.invalidField("currentPassword", "validation.wrongPassword");
        }
        PasswordPolicy.check("newPassword", newPassword);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
    }

    @Transactional
    public void changeOwnLocale(String locale) {
        AppUser user = users.findById(currentUser.id()).orElseThrow();
        user.updateProfile(user.getDisplayName(), user.getEmail(), user.getMobile(), user.getJobTitle(),
                blankToNull(locale));
    }

    private AppUser require(long id, Operation operation) {
        return scopedRecords.require(queries.type(), AppUser.class, id, operation);
    }

    private DepartmentDirectory.DirectoryDepartment enabledDepartment(long id) {
        DepartmentDirectory.DirectoryDepartment department = departments.find(id)
                .orElseThrow(() -> ApiException.invalidField("departmentId", "validation.unknownDepartment"));
        if (!department.enabled()) {
            throw ApiException.invalidField("departmentId", "validation.departmentDisabled");
        }
        return department;
    }

    private void requireActiveUser(long id, String field) {
        String status = jdbc.sql("SELECT status FROM app_user WHERE tenant_id = :tenantId AND id = :id"
                + " AND deleted_at IS NULL", Map.of("id", id)).query(String.class).optional()
                .orElseThrow(() -> ApiException.invalidField(field, "validation.unknownUser"));
        if (!UserStatus.ACTIVE.name().equals(status)) {
            throw ApiException.invalidField(field, "validation.userNotActive");
        }
    }

    private void requireRoles(Set<Long> roleIds) {
        if (roleIds.isEmpty()) {
            return;
        }
        long found = jdbc.sql("SELECT COUNT(*) FROM app_role WHERE tenant_id = :tenantId AND id IN (:ids)"
                + " AND deleted_at IS NULL", Map.of("ids", roleIds)).query(Long.class).single();
        if (found != roleIds.size()) {
            throw ApiException.invalidField("roleIds", "validation.unknownRole");
        }
    }

    private boolean holdsAdminRole(Set<Long> roleIds) {
        if (roleIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM app_role WHERE tenant_id = :tenantId AND id IN (:ids)"
                + " AND builtin = TRUE AND deleted_at IS NULL", Map.of("ids", roleIds)).query(Long.class).single() > 0;
    }

    /** Refuses to take away the company's last active administrator. */
    private void requireAnotherAdmin(AppUser user) {
        if (!holdsAdminRole(user.getRoleIds())) {
            return;
        }
        long others = jdbc.sql("""
                SELECT COUNT(DISTINCT u.id) FROM app_user u
                JOIN user_role ur ON ur.user_id = u.id JOIN app_role r ON r.id = ur.role_id
                WHERE u.tenant_id = :tenantId AND u.id <> :id AND u.status = 'ACTIVE' AND u.deleted_at IS NULL
                  AND r.builtin = TRUE AND r.deleted_at IS NULL""", Map.of("id", user.getId()))
                .query(Long.class).single();
        if (others == 0) {
            throw ApiException.conflict("error.lastAdmin");
        }
    }

    /** The superiors above a user, nearest first (bounded, cycles are prevented on write). */
    private List<Long> superiorChainOf(long userId) {
        return jdbc.sql("""
                WITH RECURSIVE chain (id, superior_id, lvl) AS (
                    SELECT id, superior_id, 1 FROM app_user WHERE tenant_id = :tenantId AND id = :id
                    UNION ALL
                    SELECT u.id, u.superior_id, c.lvl + 1 FROM app_user u JOIN chain c ON u.id = c.superior_id
                    WHERE u.tenant_id = :tenantId AND c.lvl < 64
                )
                SELECT id FROM chain""", Map.of("id", userId)).query(Long.class).list();
    }

    private static String mobile(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Phones.normalise(raw).orElseThrow(() -> ApiException.invalidField("mobile", "validation.phone"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
