package io.kezhi.crm.shared.error;

import java.util.Arrays;

/**
 * One invalid field: its name as the client sent it, a message key, and message arguments
 * (which may themselves be {@link org.springframework.context.MessageSourceResolvable}).
 */
public record FieldViolation(String field, String messageKey, Object... args) {

    public FieldViolation {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldViolation other && field.equals(other.field)
                && messageKey.equals(other.messageKey) && Arrays.equals(args, other.args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * field.hashCode() + messageKey.hashCode()) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(args);
    }
}
