package io.kezhi.crm.shared;

import java.util.Objects;

/**
 * A reference to one business record of any module, by type key and id. Generic parts (audit,
 * recycle bin, shares, attachments) take these instead of knowing the record's class.
 */
public record SubjectRef(String type, long id) {

    public SubjectRef {
        Objects.requireNonNull(type, "type");
        if (type.isBlank()) {
            throw new IllegalArgumentException("Subject type must not be blank");
        }
    }

    public static SubjectRef of(String type, long id) {
        return new SubjectRef(type, id);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
