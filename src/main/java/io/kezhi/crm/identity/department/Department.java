package io.kezhi.crm.identity.department;

import io.kezhi.crm.identity.AccessRelevant;
import io.kezhi.crm.shared.jpa.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A node of the company's department tree. {@code path} is the materialised chain of ids from the
 * root ({@code /1/5/12/}); it is set once the id is known and afterwards changed only by the native
 * move statement of {@link DepartmentService}. Updates are dynamic (only changed columns), so a
 * stale copy in memory never writes an old path back.
 */
@Entity
@Table(name = "department")
@Audited
@DynamicUpdate
@SQLRestriction("deleted_at IS NULL")
public class Department extends SoftDeletableEntity implements AccessRelevant {

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 64)
    private String name;

    @NotAudited
    @Column(nullable = false, length = 700)
    private String path;

    @NotAudited
    @Column(nullable = false)
    private int depth;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean enabled;

    protected Department() {
    }

    Department(Long parentId, String name, int sortOrder) {
        this.parentId = parentId;
        this.name = name;
        this.sortOrder = sortOrder;
        this.enabled = true;
        this.path = "";
    }

    /** Sets the path once the id is known (right after the insert). */
    void placeUnder(String parentPath, int parentDepth) {
        this.path = parentPath + getId() + "/";
        this.depth = parentDepth + 1;
    }

    void rename(String name) {
        this.name = name;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
