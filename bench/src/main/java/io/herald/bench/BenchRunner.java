package io.herald.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the workloads against Herald and the raw baseline, interleaved, and writes the report.
 * Started by {@code bench/run.sh}, which starts both servers pinned to one core and this process
 * (load client and publisher) pinned to the other, and passes their pids:
 *
 * <pre>
 * -Dbench.mode=smoke|quick|full  -Dbench.herald.port=8380 -Dbench.herald.wss.port=9802 -Dbench.herald.pid=N
 * -Dbench.baseline.port=18080 -Dbench.baseline.pid=M -Dbench.clk.tck=100 -Dbench.out=bench/target/report
 * -Dbench.loom.secret=...  (the HS256 secret Herald was started with)
 * -Dbench.only=loom-store   (optional: only the workloads whose name contains it; "idle" for the idle run)
 * </pre>
 *
 * Exits 1 when any expected delivery was lost (the run failed), 0 otherwise.
 */
public final class BenchRunner {

    static final String HOST = "127.0.0.1";
    static final Duration STALL = Duration.ofSeconds(10);
    // One process may hold at most 20,000 open files: both targets' clients at once only below this.
    private static final int INTERLEAVED_CONNECTIONS_MAX = 9000;

    private final List<Repetition> repetitions = new ArrayList<>();
    private final List<IdleResult> idle = new ArrayList<>();
    private final ProcessMeter self;
    private final HeraldAdmin admin;

    private BenchRunner(long ticksPerSecond, HeraldAdmin admin) {
        this.self = ProcessMeter.self(ticksPerSecond);
        this.admin = admin;
    }

    /** The modes' contents; see bench/README.md for what each workload shows. */
    record Plan(List<Workload> workloads, int idleConnections, Duration idleRest, int repetitions) {
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("bench.mode", "quick");
        long tck = Long.getLong("bench.clk.tck", 100);
        int heraldPort = Integer.getInteger("bench.herald.port", 8380);
        int baselinePort = Integer.getInteger("bench.baseline.port", 18080);
        Path out = Path.of(System.getProperty("bench.out", "bench/target/report"));
        LoomAdapter loom = new LoomAdapter(System.getProperty("bench.loom.secret", "herald-demo-loom-secret-0123456789abcdef"));
        WazoAdapter wazo = new WazoAdapter(Integer.getInteger("bench.herald.wss.port", 9802));

        Target baseline = new Target("baseline", HOST, baselinePort,
                new ProcessMeter(Long.getLong("bench.baseline.pid"), tck), new BaselineSink(HOST, baselinePort));
        Target herald = new Target("herald", HOST, heraldPort,
                new ProcessMeter(Long.getLong("bench.herald.pid"), tck),
                new JmsSink(HOST, heraldPort, "herald-producer", "HeraldProducer1!"));
        BenchRunner runner = new BenchRunner(tck, new HeraldAdmin(HOST, heraldPort, "herald-admin", "HeraldAdmin1!"));

        Plan plan = plan(mode, loom, wazo);
        String only = System.getProperty("bench.only", "");
        for (Workload workload : plan.workloads()) {
            if (!workload.name().contains(only)) {
                continue;
            }
            workload.protocol().prepare(runner.admin, workload.topics());
            runner.run(workload, workload.withBaseline() ? List.of(baseline, herald) : List.of(herald), plan.repetitions());
        }
        // Idle last: its memory figure is the live heap after a full collection, which the
        // workloads before it do not disturb, and its CPU figure is then that of a warm server.
        if (plan.idleConnections() > 0 && "idle".contains(only)) {
            loom.prepare(runner.admin, List.of());
            for (Target target : List.of(baseline, herald)) {
                runner.idle.add(runner.idle(target, target == herald ? loom : new OpenBazaarAdapter(),
                        plan.idleConnections(), plan.idleRest()));
            }
        }
        baseline.sink().close();
        herald.sink().close();

        Report report = new Report(mode, runner.repetitions, runner.idle);
        report.write(out);
        System.out.println(report.markdown());
        long lost = runner.repetitions.stream().mapToLong(Repetition::lost).sum();
        if (lost > 0) {
            System.err.println("FAILED: " + lost + " expected deliveries lost");
            System.exit(1);
        }
    }

    /**
     * Broadcast runs on eWallet clients: their send queue holds 1,024 frames, so a burst of 1,000
     * events fits it however far the writes fall behind; OpenBazaar's holds 256, as node clients
     * expect, and Herald rightly disconnects a client that far behind.
     */
    static Plan plan(String mode, LoomAdapter loom, WazoAdapter wazo) {
        ProtocolAdapter openBazaar = new OpenBazaarAdapter();
        ProtocolAdapter ewallet = new EwalletAdapter();
        Duration five = Duration.ofSeconds(5), ten = Duration.ofSeconds(10);
        return switch (mode) {
            case "smoke" -> new Plan(List.of(
                    Workload.broadcastBurst(ewallet, 200, 50),
                    Workload.manyTopics(openBazaar, 100, 200, Duration.ofSeconds(2)),
                    Workload.manyTopics(ewallet, 50, 100, Duration.ofSeconds(2)),
                    Workload.manyTopics(wazo, 50, 100, Duration.ofSeconds(2)),
                    Workload.ingestWithStore(loom, 50, 100, Duration.ofSeconds(2))),
                    200, Duration.ofSeconds(4), 1);
            case "full" -> new Plan(List.of(
                    Workload.broadcastRate(ewallet, 1000, 20, ten),
                    Workload.broadcastRate(ewallet, 1000, 50, ten),
                    Workload.broadcastRate(ewallet, 1000, 100, ten),
                    Workload.broadcastBurst(ewallet, 1000, 1000),
                    Workload.broadcastBurst(ewallet, 5000, 200),
                    Workload.steady(openBazaar, 20_000, 200, 10, ten),
                    Workload.manyTopics(openBazaar, 1000, 5000, ten),
                    Workload.manyTopics(openBazaar, 10_000, 5000, ten),
                    Workload.manyTopics(ewallet, 1000, 5000, ten),
                    Workload.manyTopics(loom, 1000, 5000, ten),
                    Workload.manyTopics(wazo, 1000, 5000, ten),
                    Workload.ingestWithStore(loom, 100, 2000, ten),
                    Workload.ingestWithStore(loom, 100, 5000, ten),
                    Workload.ingestWithStore(loom, 100, 10_000, ten)),
                    19_000, Duration.ofSeconds(100), 3);
            default -> new Plan(List.of(
                    Workload.broadcastRate(ewallet, 1000, 20, five),
                    Workload.broadcastRate(ewallet, 1000, 50, five),
                    Workload.broadcastBurst(ewallet, 1000, 200),
                    Workload.steady(openBazaar, 20_000, 200, 10, five),
                    Workload.manyTopics(openBazaar, 1000, 5000, five),
                    Workload.manyTopics(ewallet, 1000, 5000, five),
                    Workload.manyTopics(wazo, 1000, 5000, five),
                    Workload.ingestWithStore(loom, 100, 2000, five),
                    Workload.ingestWithStore(loom, 100, 5000, five)),
                    5000, Duration.ofSeconds(15), 3);
        };
    }

    /**
     * Connects the workload's clients to every target, warms each up, then interleaves the timed
     * repetitions. A workload too large for both targets' clients at once runs target after target.
     */
    private void run(Workload workload, List<Target> targets, int reps) throws Exception {
        System.out.println("== " + workload.name() + ": " + workload.description());
        if (workload.connections().size() * targets.size() > INTERLEAVED_CONNECTIONS_MAX) {
            for (Target target : targets) {
                runInterleaved(workload, List.of(target), reps);
            }
        } else {
            runInterleaved(workload, targets, reps);
        }
    }

    private void runInterleaved(Workload workload, List<Target> targets, int reps) throws Exception {
        List<LoadClient> clients = new ArrayList<>();
        try {
            for (Target target : targets) {
                LoadClient client = new LoadClient(target.host(), target.port(), clientProtocol(workload, target));
                clients.add(client);
                client.connect(workload.connections(), Duration.ofSeconds(180));
            }
            for (int i = 0; i < targets.size(); i++) {
                measure(workload.warmUp(), targets.get(i), clients.get(i));
            }
            for (int rep = 0; rep < reps; rep++) {
                for (int i = 0; i < targets.size(); i++) {
                    Repetition result = measure(workload, targets.get(i), clients.get(i));
                    repetitions.add(result);
                    System.out.printf("%s %s rep %d: %d/%d delivered, %.0f deliveries/s, %.1f us server CPU/delivery, p50 %d us, p99 %d us, client CPU %.0f%%%n",
                            workload.name(), result.target(), rep + 1, result.received(), result.expected(),
                            result.deliveriesPerSecond(), result.serverMicrosPerDelivery(), result.percentile(50),
                            result.percentile(99), result.clientCpuPercent());
                }
            }
        } finally {
            for (LoadClient client : clients) {
                client.close();
            }
        }
    }

    /** The baseline speaks no protocol of Herald's: its clients join a topic by Basic username, like OpenBazaar's. */
    private static ProtocolAdapter clientProtocol(Workload workload, Target target) {
        return target.name().equals("baseline") ? new OpenBazaarAdapter() : workload.protocol();
    }

    private Repetition measure(Workload workload, Target target, LoadClient client) throws Exception {
        client.resetReceived();
        client.takeLatencies();
        long serverCpu = target.server().cpuMicros();
        long clientCpu = self.cpuMicros();
        long start = System.nanoTime();
        double published = new FixedRatePublisher(target.sink())
                .publish(workload.protocol(), workload.topics(), workload.events(), workload.perSecond());
        long received = client.awaitReceived(workload.expectedDeliveries(), STALL);
        double seconds = (System.nanoTime() - start) / 1e9;
        double serverMicros = target.server().cpuMicros() - serverCpu;
        double clientPercent = (self.cpuMicros() - clientCpu) / (seconds * 1e4);
        if (client.closedUnexpectedly() > 0) {
            System.err.println(target.name() + ": " + client.closedUnexpectedly() + " connections closed by the server (last: "
                    + client.lastCloseReason() + ")");
        }
        return new Repetition(workload.name(), target.name(), workload.connections().size(), workload.expectedDeliveries(),
                received, seconds, published, serverMicros, clientPercent, client.takeLatencies());
    }

    /**
     * Workload 4: opens {@code count} connections, lets them rest, and reads the server's RSS growth,
     * its CPU at rest and the heartbeats the clients received (Loom pings every 3 s).
     */
    private IdleResult idle(Target target, ProtocolAdapter protocol, int count, Duration rest) throws Exception {
        System.out.println("== idle-" + count + " " + target.name() + " (" + protocol.name() + "): " + count
                + " idle connections for " + rest.toSeconds() + " s");
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            topics.add("bench-idle-" + (i % 100));
        }
        if (target.name().equals("herald")) {
            protocol.prepare(admin, List.copyOf(new java.util.LinkedHashSet<>(topics)));
        }
        long heapBefore = target.server().liveHeapKb();
        long rssBefore = target.server().rssKb();
        try (LoadClient client = new LoadClient(target.host(), target.port(), protocol)) {
            client.connect(topics, Duration.ofSeconds(300));
            Thread.sleep(5000);
            long rssAfter = target.server().rssKb();
            long heapAfter = target.server().liveHeapKb();
            long frames = client.textFrames();
            long cpu = target.server().cpuMicros();
            long start = System.nanoTime();
            Thread.sleep(rest.toMillis());
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuPercent = (target.server().cpuMicros() - cpu) / (seconds * 1e4);
            long heartbeats = client.textFrames() - frames;
            long expected = protocol instanceof LoomAdapter ? (long) (count * Math.floor(seconds / 3)) : 0;
            IdleResult result = new IdleResult(target.name(), protocol.name(), count, rssBefore, rssAfter, heapBefore, heapAfter, seconds, cpuPercent,
                    heartbeats, expected, client.closedUnexpectedly());
            System.out.printf("idle-%d %s: RSS +%.1f KB/connection, live heap +%.1f KB/connection, %.1f%% CPU at rest, %d heartbeats (expected >= %d), %d closed%n",
                    count, target.name(), result.kbPerConnection(), result.heapKbPerConnection(), cpuPercent, heartbeats, expected, client.closedUnexpectedly());
            return result;
        }
    }
}
