package io.kezhi.crm.shared.spi;

import java.util.List;

/**
 * A checked row: the validated value, or the errors (then {@code row} is null); and the key it is
 * matched on, whenever the key's own field could be read, errors elsewhere in the row or not, so
 * that a duplicate within the file is reported with the row's other problems.
 */
public record ImportCheck<R>(R row, ImportKey key, List<ImportFieldError> errors) {

    public ImportCheck {
        errors = List.copyOf(errors);
    }

    public static <R> ImportCheck<R> ok(R row, ImportKey key) {
        return new ImportCheck<>(row, key, List.of());
    }

    public static <R> ImportCheck<R> failed(ImportKey key, List<ImportFieldError> errors) {
        return new ImportCheck<>(null, key, errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
