package io.kezhi.bench.feed;

/** A bench login with its data scope on customers and where it sits in the organisation. */
public record BenchUser(long id, String username, String scope, long departmentId, String deptPath) {
}
