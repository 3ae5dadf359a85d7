package io.kezhi.bench.monitor;

/** The CPU time a process has used, from one line of /proc/PID/stat (utime + stime, in clock ticks). */
public record ProcStat(int pid, String comm, long ticks) {

    /** The command name may hold spaces and parentheses: the fields after it start after the last ')'. */
    public static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        int pid = Integer.parseInt(line.substring(0, open).trim());
        String comm = line.substring(open + 1, close);
        String[] fields = line.substring(close + 2).split(" ");
        // fields[0] is field 3 (state); utime is field 14, stime field 15
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return new ProcStat(pid, comm, utime + stime);
    }
}
