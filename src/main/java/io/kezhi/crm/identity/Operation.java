package io.kezhi.crm.identity;

/** What a role may do in a module. */
public enum Operation {
    VIEW, CREATE, EDIT, DELETE, SHARE, ASSIGN, IMPORT, EXPORT, PRINT;

    /** Operations a direct superior may perform on a subordinate's records (all but delete). */
    public boolean allowedToDirectSuperior() {
        return this != DELETE;
    }

    /** Operations a read-only share grants. */
    public boolean grantedByReadShare() {
        return this == VIEW || this == EXPORT || this == PRINT;
    }

    /** Operations a read-write share grants. */
    public boolean grantedByWriteShare() {
        return grantedByReadShare() || this == EDIT;
    }
}
