package io.kezhi.crm.identity.department;

import java.time.Instant;

/** A department as the API shows it; the client builds the tree from {@code parentId}. */
public record DepartmentView(long id, Long parentId, String name, String path, int depth, int sortOrder,
        boolean enabled, long memberCount, Instant createdAt, Instant updatedAt, long version) {

    static DepartmentView of(Department d, long memberCount) {
        return new DepartmentView(d.getId(), d.getParentId(), d.getName(), d.getPath(), d.getDepth(),
                d.getSortOrder(), d.isEnabled(), memberCount, d.getCreatedAt(), d.getUpdatedAt(), d.getVersion());
    }
}
