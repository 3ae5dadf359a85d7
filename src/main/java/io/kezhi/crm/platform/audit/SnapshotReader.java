package io.kezhi.crm.platform.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.NotAudited;
import org.springframework.stereotype.Component;

/**
 * Turns an Envers snapshot of an entity into property name to plain value (strings, numbers,
 * booleans, sorted lists), leaving out the id, version, tenant and anything not audited.
 */
@Component
class SnapshotReader {

    @PersistenceContext
    private EntityManager em;

    Map<String, Object> read(Object snapshot) {
        EntityType<?> entityType = em.getMetamodel().entity(snapshot.getClass());
        Map<String, Object> values = new LinkedHashMap<>();
        for (Attribute<?, ?> attribute : entityType.getAttributes()) {
            Member member = attribute.getJavaMember();
            if (!(member instanceof Field field) || skipped(field, attribute)) {
                continue;
            }
            try {
                field.setAccessible(true);
                values.put(attribute.getName(), plain(field.get(snapshot)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + attribute.getName(), e);
            }
        }
        return values;
    }

    private static boolean skipped(Field field, Attribute<?, ?> attribute) {
        return field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Version.class)
                || field.isAnnotationPresent(TenantId.class) || field.isAnnotationPresent(jakarta.persistence.Id.class)
                || Set.of("id").contains(attribute.getName());
    }

    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(SnapshotReader::plain)
                    .sorted((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))).toList();
        }
        return value.toString();
    }
}
