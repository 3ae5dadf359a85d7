package io.kezhi.bench.report;

/**
 * One line of the report: an operation (or a scope of it, or a run of the mixed profile) with its
 * response times (ms), throughput (requests/s), raw-SQL p50 and the ratio of the application's p50 to
 * it, the target and whether it was met, and the most heap the application used while it ran (MB).
 * Null means not measured.
 */
public record Result(String name, Double p50, Double p95, Double p99, Double throughput, Long errors,
        Double rawP50, String target, Verdict verdict, Double peakHeapMb, String note) {

    public enum Verdict {
        PASS("pass"), FAIL("FAIL"), NO_TARGET("-"), NOT_AVAILABLE("not available yet"), NOT_RUN("not run");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Double ratio() {
        return p50 == null || rawP50 == null || rawP50 <= 0 ? null : p50 / rawP50;
    }

    public static Result notAvailable(String name, String target) {
        return new Result(name, null, null, null, null, null, null, target, Verdict.NOT_AVAILABLE, null,
                "its module has not landed");
    }

    /** PASS when the 95th percentile is within the target and nothing failed; NO_TARGET without a target. */
    public static Verdict latency(Double p95, long errors, int targetP95Millis) {
        if (p95 == null) {
            return Verdict.NOT_RUN;
        }
        if (targetP95Millis <= 0) {
            return Verdict.NO_TARGET;
        }
        return p95 <= targetP95Millis && errors == 0 ? Verdict.PASS : Verdict.FAIL;
    }
}
