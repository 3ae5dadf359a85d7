package io.kezhi.crm.identity;

import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API view of a policed entity: when it is written as JSON, fields the caller's roles
 * hide are left out entirely. Property names must match the {@link PolicedEntity} field names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonFilter(FieldPolicies.JSON_FILTER)
public @interface PolicedView {

    /** The {@link PolicedEntity#key()}. */
    String value();
}
