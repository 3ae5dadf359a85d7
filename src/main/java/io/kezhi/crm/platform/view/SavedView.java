package io.kezhi.crm.platform.view;

import io.kezhi.crm.shared.jpa.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.Length;
import org.hibernate.annotations.DynamicUpdate;

/** A named set of list filters, columns and sort, kept for its owner and, if shared, for others. */
@Entity
@Table(name = "saved_view")
@DynamicUpdate
class SavedView extends AuditedEntity {

    enum Visibility { PRIVATE, DEPARTMENT, COMPANY }

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "owner_dept_id", nullable = false)
    private long ownerDeptId;

    @Column(name = "list_key", nullable = false, length = 40, updatable = false)
    private String listKey;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "filters", nullable = false, length = Length.LONG32)
    private String filters;

    @Column(name = "shown_columns", length = 1000)
    private String columns;

    @Column(name = "sort_spec", length = 200)
    private String sort;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility;

    protected SavedView() {
    }

    SavedView(long ownerId, long ownerDeptId, String listKey) {
        this.ownerId = ownerId;
        this.ownerDeptId = ownerDeptId;
        this.listKey = listKey;
    }

    void define(String name, String filters, String columns, String sort, Visibility visibility, long ownerDeptId) {
        this.name = name;
        this.filters = filters;
        this.columns = columns;
        this.sort = sort;
        this.visibility = visibility;
        this.ownerDeptId = ownerDeptId;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getListKey() {
        return listKey;
    }

    String getName() {
        return name;
    }

    String getFilters() {
        return filters;
    }

    String getColumns() {
        return columns;
    }

    String getSort() {
        return sort;
    }

    Visibility getVisibility() {
        return visibility;
    }
}
