package io.kezhi.crm.customer.settings;

/** What happens when a new or changed customer looks like an existing one. */
public enum DuplicateMode {
    /** Tell the user and let them confirm. */
    WARN,
    /** Refuse. */
    BLOCK
}
