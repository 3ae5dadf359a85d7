package io.kezhi.crm.identity;

/** What a role's field policy allows for one field, from least to most permissive. */
public enum FieldAccess {
    HIDDEN, READ_ONLY, EDITABLE;

    public FieldAccess mostPermissive(FieldAccess other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }
}
