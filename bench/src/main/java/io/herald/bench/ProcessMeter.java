package io.herald.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CPU time and resident memory of a process, read from Linux's /proc; live heap of a JVM through jcmd. */
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

    // One line per heap (G1) or per generation (Serial, which a JVM pinned to one core picks).
    private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    /**
     * The JVM's heap in use right after a full collection, in kilobytes: what live objects hold.
     * RSS alone cannot show a connection's heap share once the heap's pages have been touched.
     * -1 when jcmd cannot reach the process.
     */
    public long liveHeapKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        long kb = 0;
        boolean found = false;
        while (used.find()) {
            kb += Long.parseLong(used.group(1));
            found = true;
        }
        if (!found) {
            System.err.println("no heap figure from jcmd " + pid + ": " + info.strip());
        }
        return found ? kb : -1;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return output;
    }
}
