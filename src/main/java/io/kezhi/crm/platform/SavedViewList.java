package io.kezhi.crm.platform;

import java.util.Set;

/**
 * A list screen whose filters users may save as named views, declared as a bean by the module that
 * owns the list. The server keeps what the client saved; the list endpoint validates the filters
 * again whenever a view is applied.
 *
 * @param key     stable key, e.g. {@code customers}
 * @param module  permission module whose view right is needed to use the list
 * @param filters names of the list endpoint's filter parameters
 * @param columns names of the columns a view may show
 * @param sorts   names a view may sort by
 */
public record SavedViewList(String key, String module, Set<String> filters, Set<String> columns, Set<String> sorts) {

    public SavedViewList {
        filters = Set.copyOf(filters);
        columns = Set.copyOf(columns);
        sorts = Set.copyOf(sorts);
    }
}
