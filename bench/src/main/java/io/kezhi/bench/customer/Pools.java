package io.kezhi.bench.customer;

import java.util.List;

/** The customer pools of the branches, by branch index, with the department their customers are placed in. */
public record Pools(List<Pool> byBranch) {

    public record Pool(long id, String name, long departmentId, String departmentPath) {
    }
}
