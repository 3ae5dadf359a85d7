package io.kezhi.crm.shared.spi;

import java.util.List;

/** Why one field of one row cannot be imported: a message key and its (text) arguments. */
public record ImportFieldError(String field, String messageKey, List<String> args) {

    public ImportFieldError {
        args = List.copyOf(args);
    }

    public static ImportFieldError of(String field, String messageKey, String... args) {
        return new ImportFieldError(field, messageKey, List.of(args));
    }
}
