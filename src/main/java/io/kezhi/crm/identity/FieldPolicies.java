package io.kezhi.crm.identity;

import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import io.kezhi.crm.shared.security.CurrentActor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one mechanism for field-level security. Reading: {@link PolicedView} JSON, exports, reports
 * and history ask {@link #isHidden}. Writing: create and patch requests pass through
 * {@link #checkCreate}/{@link #checkPatch}, which refuse any change to a hidden or read-only field.
 */
@Component
public class FieldPolicies {

    public static final String JSON_FILTER = "kezhiFieldPolicy";

    private final CurrentUser currentUser;
    private final Map<String, PolicedEntity> entities;

    FieldPolicies(CurrentUser currentUser, List<PolicedEntity> entities) {
        this.currentUser = currentUser;
        this.entities = entities.stream()
                .collect(Collectors.toUnmodifiableMap(PolicedEntity::key, Function.identity()));
    }

    public List<PolicedEntity> entities() {
        return List.copyOf(entities.values());
    }

    public FieldAccess access(String entity, String field) {
        if (CurrentActor.get().isEmpty()) {
            return FieldAccess.EDITABLE;
        }
        return currentUser.profile().fieldAccess(entity, field);
    }

    public boolean isHidden(String entity, String field) {
        return access(entity, field) == FieldAccess.HIDDEN;
    }

    /** A create request may not set a field the caller cannot edit. */
    public void checkCreate(String entity, Record request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (PolicedEntity.Field field : fieldsOf(entity)) {
            Object value = valueOf(request, field.name());
            if (isSet(value) && access(entity, field.name()) != FieldAccess.EDITABLE) {
                violations.add(violation(entity, field.name()));
            }
        }
        reject(violations);
    }

    /**
     * A patch (null = unchanged) may not change a field the caller cannot edit. Sending a read-only
     * field back with its current value is fine, so a form can submit what it showed.
     */
    public void checkPatch(String entity, Record patch, Record current) {
        List<FieldViolation> violations = new ArrayList<>();
        for (PolicedEntity.Field field : fieldsOf(entity)) {
            Object value = valueOf(patch, field.name());
            if (value == null) {
                continue;
            }
            FieldAccess access = access(entity, field.name());
            boolean changes = !Objects.equals(normalise(value), normalise(valueOf(current, field.name())));
            if (access == FieldAccess.HIDDEN || (access == FieldAccess.READ_ONLY && changes)) {
                violations.add(violation(entity, field.name()));
            }
        }
        reject(violations);
    }

    /** Field names of the entity that the caller may not see. */
    public Set<String> hiddenFields(String entity) {
        return fieldsOf(entity).stream().map(PolicedEntity.Field::name)
                .filter(name -> isHidden(entity, name)).collect(Collectors.toSet());
    }

    private List<PolicedEntity.Field> fieldsOf(String entity) {
        PolicedEntity policed = entities.get(entity);
        if (policed == null) {
            throw new IllegalArgumentException("No policed entity " + entity);
        }
        return policed.fields();
    }

    private static FieldViolation violation(String entity, String field) {
        return new FieldViolation(field, "validation.fieldNotEditable");
    }

    private static void reject(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "field-forbidden", "error.fieldForbidden", violations);
        }
    }

    private static boolean isSet(Object value) {
        return value != null && !(value instanceof String s && s.isEmpty());
    }

    private static Object normalise(Object value) {
        return value instanceof String s && s.isEmpty() ? null : value;
    }

    private static Object valueOf(Record record, String name) {
        if (record == null) {
            return null;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    return accessor.invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + name + " of " + record.getClass(), e);
                }
            }
        }
        return null;
    }
}
