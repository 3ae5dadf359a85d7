package io.kezhi.crm.shared.spi;

import java.util.List;

/** A checked row: the validated value, or the errors (then {@code row} is null). */
public record ImportCheck<R>(R row, List<ImportFieldError> errors) {

    public ImportCheck {
        errors = List.copyOf(errors);
    }

    public static <R> ImportCheck<R> ok(R row) {
        return new ImportCheck<>(row, List.of());
    }

    public static <R> ImportCheck<R> failed(List<ImportFieldError> errors) {
        return new ImportCheck<>(null, errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
