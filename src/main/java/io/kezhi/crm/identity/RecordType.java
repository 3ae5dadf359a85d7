package io.kezhi.crm.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Describes one kind of record to the permission machinery, declared once as a bean by the module
 * that owns the table. From it the data-scope predicate is rendered (SQL or JPA), department moves
 * keep {@code ownerDeptPath} in step, shares and history check access, and the recycle bin knows
 * whose a deleted record was.
 *
 * <p>Columns are SQL names; attributes are the matching JPA property names. A type without an
 * owner column (e.g. departments) treats scope "own" as "own department"; a type without any owner
 * columns (e.g. dictionary items) is company-wide: a granted operation reaches every row.
 *
 * <p>A soft-deleted type may name a {@code recycledEntity}: an entity on the same table that reads
 * only its deleted rows, so that a query can ask whether a parent was deleted through an index of the
 * few deleted rows instead of reading the parent's live row (see {@code ResolvedScope}).
 */
public record RecordType(
        String key,
        String permissionModule,
        String labelKey,
        String table,
        Class<?> entityClass,
        String policedEntity,
        String titleColumn,
        Owner ownerId,
        Owner ownerDeptId,
        Owner ownerDeptPath,
        boolean softDelete,
        Class<?> recycledEntity,
        boolean shareable,
        Owner shareCopy,
        Map<String, String> references,
        Parent parent) {

    /** A column and the JPA attribute mapped to it. */
    public record Owner(String column, String attribute) {
    }

    /**
     * For records that live inside another (a contact in a customer): the column and attribute
     * holding the parent's id, and the parent's record type. Access to the child is access to the
     * parent: the scope is rendered on the parent row.
     *
     * <p>{@code ownerCopy} and {@code ownerDeptCopy}, when set, are the child's own copies of the
     * parent's owner and owner department, kept in step by the parent's module. They are only a way in
     * for lists: a list reads a user's children through them, in order, instead of finding every parent
     * in scope first; the parent's own columns still decide (see {@code ResolvedScope}), so a copy out of
     * step can hide a child from a list but never show one.
     *
     * <p>{@code shareCopy}, when set, is the child's copy of its parent's copy of its grantees (the parent's
     * {@link RecordType#shareCopy}), kept by {@link ShareGrantees}: also a way in for lists only (the
     * children of shared parents in list order), the share table still deciding.
     */
    public record Parent(String column, String attribute, String typeKey, Owner ownerCopy, Owner ownerDeptCopy,
            Owner shareCopy) {

        public boolean copiesOwner() {
            return ownerCopy != null && ownerDeptCopy != null;
        }
    }

    public RecordType {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(permissionModule, "permissionModule");
        Objects.requireNonNull(table, "table");
        references = Map.copyOf(references);
    }

    public static Builder builder(String key, String permissionModule, String table) {
        return new Builder(key, permissionModule, table);
    }

    public boolean hasOwner() {
        return ownerId != null;
    }

    public boolean isCompanyWide() {
        return parent == null && ownerId == null && ownerDeptId == null && ownerDeptPath == null;
    }

    public static final class Builder {
        private final String key;
        private final String permissionModule;
        private final String table;
        private String labelKey;
        private Class<?> entityClass;
        private String policedEntity;
        private String titleColumn = "name";
        private Owner ownerId;
        private Owner ownerDeptId;
        private Owner ownerDeptPath;
        private boolean softDelete;
        private Class<?> recycledEntity;
        private boolean shareable;
        private Owner shareCopy;
        private final Map<String, String> references = new LinkedHashMap<>();
        private Parent parent;

        private Builder(String key, String permissionModule, String table) {
            this.key = key;
            this.permissionModule = permissionModule;
            this.table = table;
            this.labelKey = "entity." + key;
        }

        public Builder label(String labelKey) {
            this.labelKey = labelKey;
            return this;
        }

        public Builder entity(Class<?> entityClass) {
            this.entityClass = entityClass;
            return this;
        }

        public Builder policedEntity(String policedEntity) {
            this.policedEntity = policedEntity;
            return this;
        }

        /** Column holding what a person calls the record (default {@code name}). */
        public Builder titleColumn(String titleColumn) {
            this.titleColumn = titleColumn;
            return this;
        }

        public Builder ownerId(String column, String attribute) {
            this.ownerId = new Owner(column, attribute);
            return this;
        }

        public Builder ownerDeptId(String column, String attribute) {
            this.ownerDeptId = new Owner(column, attribute);
            return this;
        }

        public Builder ownerDeptPath(String column, String attribute) {
            this.ownerDeptPath = new Owner(column, attribute);
            return this;
        }

        /** The usual trio {@code owner_id}, {@code owner_dept_id}, {@code owner_dept_path}. */
        public Builder standardOwnerColumns() {
            return ownerId("owner_id", "ownerId")
                    .ownerDeptId("owner_dept_id", "ownerDeptId")
                    .ownerDeptPath("owner_dept_path", "ownerDeptPath");
        }

        public Builder softDelete() {
            this.softDelete = true;
            return this;
        }

        /** Soft-deleted, with an entity that reads only the deleted rows (see {@link RecordType}). */
        public Builder softDelete(Class<?> recycledEntity) {
            this.recycledEntity = Objects.requireNonNull(recycledEntity, "recycledEntity");
            return softDelete();
        }

        public Builder shareable() {
            this.shareable = true;
            return this;
        }

        /**
         * Shareable, with a copy of each record's grantees on its own row in {@code column} (mapped to
         * {@code attribute}, read-only), kept by {@link ShareGrantees}: lists find the records shared with a
         * user through it where the database indexes it (see {@code ResolvedScope}).
         */
        public Builder shareable(String column, String attribute) {
            this.shareCopy = new Owner(column, attribute);
            return shareable();
        }

        /** Scope through a parent record: access to this record is access to its parent. */
        public Builder parent(String column, String attribute, String parentTypeKey) {
            this.parent = new Parent(column, attribute, parentTypeKey, null, null, null);
            return this;
        }

        /** The child's copies of its parent's owner and owner department (see {@link Parent}). */
        public Builder parentOwnerCopy(String ownerColumn, String ownerAttribute, String deptColumn,
                String deptAttribute) {
            if (parent == null) {
                throw new IllegalStateException(key + ": parentOwnerCopy needs a parent");
            }
            this.parent = new Parent(parent.column(), parent.attribute(), parent.typeKey(),
                    new Owner(ownerColumn, ownerAttribute), new Owner(deptColumn, deptAttribute), parent.shareCopy());
            return this;
        }

        /** The child's copy of its parent's copy of its grantees (see {@link Parent}). */
        public Builder parentShareCopy(String column, String attribute) {
            if (parent == null) {
                throw new IllegalStateException(key + ": parentShareCopy needs a parent");
            }
            this.parent = new Parent(parent.column(), parent.attribute(), parent.typeKey(), parent.ownerCopy(),
                    parent.ownerDeptCopy(), new Owner(column, attribute));
            return this;
        }

        /** A property holding the id (or ids) of another record type, shown by its title in history. */
        public Builder reference(String attribute, String recordTypeKey) {
            references.put(attribute, recordTypeKey);
            return this;
        }

        public RecordType build() {
            return new RecordType(key, permissionModule, labelKey, table, entityClass, policedEntity, titleColumn,
                    ownerId, ownerDeptId, ownerDeptPath, softDelete, recycledEntity, shareable, shareCopy, references,
                    parent);
        }
    }
}
