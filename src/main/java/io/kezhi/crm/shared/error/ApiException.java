package io.kezhi.crm.shared.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on. The message key and arguments are resolved in the caller's
 * language when the problem details are written; field violations name the fields.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String problemCode;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<FieldViolation> violations;
    private final transient Map<String, Object> properties;

    public ApiException(HttpStatus status, String problemCode, String messageKey, List<FieldViolation> violations,
            Object... args) {
        super(messageKey);
        this.status = status;
        this.problemCode = problemCode;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
        this.violations = List.copyOf(violations);
        this.properties = Map.of();
    }

    private ApiException(ApiException base, Map<String, Object> properties) {
        super(base.messageKey);
        this.status = base.status;
        this.problemCode = base.problemCode;
        this.messageKey = base.messageKey;
        this.args = base.args;
        this.violations = base.violations;
        this.properties = Map.copyOf(properties);
    }

    /** The same problem with one more member in its body (a record or list of records). */
    public ApiException with(String name, Object value) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put(name, value);
        return new ApiException(this, all);
    }

    /** A message argument that is itself a message key, resolved in the caller's language. */
    public static DefaultMessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    /** 404: the record does not exist, or the caller may not see it (the two look the same). */
    public static ApiException notFound(String subjectLabelKey) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "error.notFound", List.of(),
                label(subjectLabelKey));
    }

    /** 400 naming one field. */
    public static ApiException invalidField(String field, String messageKey, Object... args) {
        return invalid(List.of(new FieldViolation(field, messageKey, args)));
    }

    /** 400 naming several fields. */
    public static ApiException invalid(List<FieldViolation> violations) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "error.validation", violations);
    }

    /** 409: the request contradicts the current state (duplicate name, record in use...). */
    public static ApiException conflict(String messageKey, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", messageKey, List.of(), args);
    }

    /** 409 for a field whose value clashes with existing data (e.g. a duplicate name). */
    public static ApiException conflictOnField(String field, String messageKey, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", messageKey,
                List.of(new FieldViolation(field, messageKey, args)), args);
    }

    /** 403: the caller lacks the permission for this operation. */
    public static ApiException forbidden(String messageKey, Object... args) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", messageKey, List.of(), args);
    }

    /** 409: the record changed since the caller read it. */
    public static ApiException staleVersion() {
        return new ApiException(HttpStatus.CONFLICT, "version-conflict", "error.versionConflict", List.of());
    }

    /** 428: an update came without If-Match or a version. */
    public static ApiException versionRequired() {
        return new ApiException(HttpStatus.PRECONDITION_REQUIRED, "version-required", "error.versionRequired",
                List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String problemCode() {
        return problemCode;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Extra members of the problem details body. */
    public Map<String, Object> properties() {
        return properties;
    }
}
