package io.kezhi.crm.shared.spi;

/** What an import does with a row that matches an existing record. */
public enum DedupePolicy {
    /** Leave the existing record alone and count the row as skipped. */
    SKIP,
    /** Update the existing record with the row's non-empty values. */
    UPDATE,
    /** Create a new record anyway. */
    CREATE
}
