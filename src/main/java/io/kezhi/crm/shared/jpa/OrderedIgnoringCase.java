package io.kezhi.crm.shared.jpa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text attribute that lists sort without regard to case ({@link ListOrders}): "apple, Banana, cherry",
 * as people read a list of names and as MariaDB's case-insensitive collation orders them anyway. On
 * PostgreSQL the order is {@code lower(column)}, which the attribute's index on {@code lower(column)} must
 * then serve (the same index that finds the attribute in any case).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrderedIgnoringCase {
}
