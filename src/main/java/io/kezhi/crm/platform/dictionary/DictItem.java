package io.kezhi.crm.platform.dictionary;

import io.kezhi.crm.shared.jpa.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

/**
 * One value of a list. Records store the {@code code}, which never changes; the labels may. A
 * disabled value is no longer offered but still shown on records that have it.
 */
@Entity
@Table(name = "dict_item")
@Audited
@DynamicUpdate
@SQLRestriction("deleted_at IS NULL")
class DictItem extends SoftDeletableEntity {

    @Column(name = "type_id", nullable = false, updatable = false)
    private long typeId;

    @Column(nullable = false, updatable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 64)
    private String label;

    @Column(name = "label_en", length = 64)
    private String labelEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean enabled;

    protected DictItem() {
    }

    DictItem(long typeId, String code, String label, String labelEn, int sortOrder) {
        this.typeId = typeId;
        this.code = code;
        this.label = label;
        this.labelEn = labelEn;
        this.sortOrder = sortOrder;
        this.enabled = true;
    }

    void relabel(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    long getTypeId() {
        return typeId;
    }

    String getCode() {
        return code;
    }

    String getLabel() {
        return label;
    }

    String getLabelEn() {
        return labelEn;
    }

    int getSortOrder() {
        return sortOrder;
    }

    boolean isEnabled() {
        return enabled;
    }
}
