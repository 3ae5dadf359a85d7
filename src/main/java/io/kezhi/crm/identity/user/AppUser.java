package io.kezhi.crm.identity.user;

import io.kezhi.crm.identity.AccessRelevant;
import io.kezhi.crm.shared.jpa.OrderedIgnoringCase;
import io.kezhi.crm.shared.jpa.SoftDeletableEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person who signs in. Belongs to one department ({@code deptPath} is that department's path,
 * kept in step by native statements only) and reports to at most one direct superior.
 */
@Entity
@Table(name = "app_user")
@Audited
@DynamicUpdate
@SQLRestriction("deleted_at IS NULL")
public class AppUser extends SoftDeletableEntity implements AccessRelevant {

    @Column(nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 64)
    @OrderedIgnoringCase
    private String displayName;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(length = 254)
    private String email;

    @Column(length = 32)
    private String mobile;

    @Column(name = "job_title", length = 64)
    private String jobTitle;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @NotAudited
    @Column(name = "dept_path", nullable = false, length = 700)
    private String deptPath;

    @Column(name = "superior_id")
    private Long superiorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UserStatus status;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(length = 10)
    private String locale;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @ElementCollection
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_id", nullable = false)
    private Set<Long> roleIds = new HashSet<>();

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, Long departmentId, String deptPath) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.departmentId = departmentId;
        this.deptPath = deptPath;
        this.status = UserStatus.ACTIVE;
        this.passwordChangedAt = Instant.now();
    }

    void updateProfile(String displayName, String email, String mobile, String jobTitle, String locale) {
        this.displayName = displayName;
        this.email = email;
        this.mobile = mobile;
        this.jobTitle = jobTitle;
        this.locale = locale;
    }

    /** Department change; the caller updates {@code dept_path} natively in the same transaction. */
    void moveTo(Long departmentId) {
        this.departmentId = departmentId;
    }

    void setSuperiorId(Long superiorId) {
        this.superiorId = superiorId;
    }

    void changeStatus(UserStatus status) {
        this.status = status;
        this.leftAt = status == UserStatus.LEFT ? Instant.now() : null;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now();
    }

    void replaceRoles(Set<Long> roleIds) {
        this.roleIds.clear();
        this.roleIds.addAll(roleIds);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getDeptPath() {
        return deptPath;
    }

    public Long getSuperiorId() {
        return superiorId;
    }

    public UserStatus getStatus() {
        return status;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Set<Long> getRoleIds() {
        return Set.copyOf(roleIds);
    }
}
