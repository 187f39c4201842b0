package io.herald.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and resident memory of a process, read from Linux's /proc. */
public final class ProcessMeter {

    private final long pid;
    private final long ticksPerSecond;

    public ProcessMeter(long pid, long ticksPerSecond) {
        this.pid = pid;
        this.ticksPerSecond = ticksPerSecond;
    }

    public static ProcessMeter self(long ticksPerSecond) {
        return new ProcessMeter(ProcessHandle.current().pid(), ticksPerSecond);
    }

    /** User plus system CPU time so far, in microseconds (all threads). */
    public long cpuMicros() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // The command name (field 2) may hold spaces; fields are counted after its closing parenthesis.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1_000_000L / ticksPerSecond;
    }

    /** Resident set size in kilobytes. */
    public long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
