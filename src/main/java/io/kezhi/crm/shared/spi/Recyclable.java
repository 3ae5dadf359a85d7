package io.kezhi.crm.shared.spi;

/**
 * Implemented by a module for each record type that goes to the recycle bin; the platform's recycle
 * bin calls it to bring a record back or remove it for good. Both run in the record's company.
 */
public interface Recyclable {

    /** The record type key, as in {@link io.kezhi.crm.shared.SubjectRef#type()}. */
    String type();

    /**
     * Un-deletes the record. Throws an {@code ApiException} (409) when that is impossible, e.g.
     * because something it belongs to is itself deleted.
     */
    void restore(long id);

    /** Removes the record and what exists only through it; its audit history stays. */
    void purge(long id);
}
