package io.kezhi.crm.shared.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Something records can be imported into from a spreadsheet (customers; contacts and others later),
 * implemented by the module that owns the records and driven by the data-exchange module, which
 * reads the file, maps its columns to {@link #fields()}, and calls these methods in batches:
 * {@link #check} per row (several rows at once, on several threads: it must be thread-safe), then
 * per batch {@link #findExisting} (deduplication), {@link #admit} (permissions against what exists)
 * and, when the user commits, {@link #write} inside one transaction for the whole file. Nothing
 * here may run a query per row.
 *
 * @param <R> a validated row
 */
public interface ImportTarget<R> {

    /** The target's key in the API, e.g. {@code customers}. */
    String key();

    /** The permission module whose IMPORT operation the user needs. */
    String permissionModule();

    /** The field-policy entity whose hidden and read-only fields cannot be imported. */
    String policedEntity();

    /** Importable fields, in the order a user expects them. */
    List<ImportField> fields();

    /** Field keys by which a row is matched with an existing record. */
    List<String> dedupeFields();

    /**
     * Parses and validates one row; {@code values} are the mapped cells by field key ("" when empty).
     * The check carries the key by which the row is matched with existing records and with other
     * rows (null: none), equal for values a person would take for the same (e.g. names in any case).
     */
    ImportCheck<R> check(Map<String, String> values, ImportContext context);

    /** Existing records by dedupe key, for a batch of keys (missing keys have none). */
    Map<ImportKey, Long> findExisting(Collection<ImportKey> keys, ImportContext context);

    /**
     * Checks a batch against what exists and what the user may do (create in this owner's name,
     * update that record...). Returns errors by position in {@code rows}; none for rows that pass.
     */
    Map<Integer, List<ImportFieldError>> admit(List<ImportRow<R>> rows, DedupePolicy policy, ImportContext context);

    /** Writes a batch that passed {@link #admit}, in the caller's transaction. */
    ImportCounts write(List<ImportRow<R>> rows, DedupePolicy policy, ImportContext context);
}
