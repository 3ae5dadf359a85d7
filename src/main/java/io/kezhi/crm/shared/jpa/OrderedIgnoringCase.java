package io.kezhi.crm.shared.jpa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text attribute that lists sort without regard to case ({@link ListOrders}): "apple, Banana, cherry",
 * as people read a list of names and as MariaDB's case-insensitive collation orders them anyway. On
 * PostgreSQL the order is {@code lower(column)}: for the names of a company's roles and users, hundreds to
 * thousands of rows sorted as they are read; a large table's attribute needs an index on
 * {@code lower(column)} to serve the order (customers sort by their names' pinyin instead, which is
 * lower-case already).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrderedIgnoringCase {
}
