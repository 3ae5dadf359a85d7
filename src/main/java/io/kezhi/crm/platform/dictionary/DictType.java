package io.kezhi.crm.platform.dictionary;

import io.kezhi.crm.shared.jpa.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;

/** A value list such as customer source or industry; built-in ones are used by the modules. */
@Entity
@Table(name = "dict_type")
@Audited
@DynamicUpdate
class DictType extends AuditedEntity {

    @Column(nullable = false, updatable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "name_en", length = 64)
    private String nameEn;

    @Column(length = 255)
    private String description;

    @Column(nullable = false, updatable = false)
    private boolean builtin;

    protected DictType() {
    }

    DictType(String code, String name, String nameEn, String description, boolean builtin) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.description = description;
        this.builtin = builtin;
    }

    void describe(String name, String nameEn, String description) {
        this.name = name;
        this.nameEn = nameEn;
        this.description = description;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getNameEn() {
        return nameEn;
    }

    String getDescription() {
        return description;
    }

    boolean isBuiltin() {
        return builtin;
    }
}
