package io.kezhi.bench.monitor;

/**
 * Whose a process is, for the CPU split: the application under test, PostgreSQL serving the bench
 * database (a backend's title names its database), the rest of PostgreSQL, Gatling, the bench's own
 * tools, and everything else on the machine (builds and tests of other work running at the same time).
 * {@link #STOLEN} is no process: the time the hypervisor ran other machines on this one's cores while
 * it had work ("steal" in /proc/stat), which slows everything measured meanwhile.
 */
public enum ProcessKind {
    APP, POSTGRES_BENCH, POSTGRES_OTHER, GATLING, BENCH_TOOLS, OTHER, STOLEN;

    /**
     * @param cmdline the process's command line with NULs as spaces
     * @param comm    its command name (second field of /proc/PID/stat, without parentheses)
     */
    public static ProcessKind of(int pid, int appPid, String cmdline, String comm, String database) {
        if (pid == appPid) {
            return APP;
        }
        if (comm.startsWith("postgres") || cmdline.startsWith("postgres:") || cmdline.contains("/postgres ")) {
            return cmdline.startsWith("postgres:") && cmdline.contains(" " + database + " ") ? POSTGRES_BENCH
                    : POSTGRES_OTHER;
        }
        if (cmdline.contains("io.gatling.app.Gatling")) {
            return GATLING;
        }
        if (cmdline.contains("io.kezhi.bench.")) {
            return BENCH_TOOLS;
        }
        return OTHER;
    }
}
