package io.kezhi.bench.feed;

import java.util.List;

/** A bench login with its data scope on customers and where it sits in the organisation. */
public record BenchUser(long id, String username, String scope, long departmentId, String deptPath) {

    /** The data scopes of bench users on customers, narrowest first. */
    public static final List<String> SCOPES = List.of("OWN", "DEPARTMENT", "DEPARTMENT_TREE", "ALL");
}
