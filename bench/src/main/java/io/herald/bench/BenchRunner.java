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
 * -Dbench.mode=smoke|quick|full  -Dbench.herald.port=8380 -Dbench.herald.pid=N
 * -Dbench.baseline.port=18080 -Dbench.baseline.pid=M -Dbench.clk.tck=100 -Dbench.out=bench/target/report
 * </pre>
 *
 * Exits 1 when any expected delivery was lost (the run failed), 0 otherwise.
 */
public final class BenchRunner {

    static final String HOST = "127.0.0.1";
    static final Duration STALL = Duration.ofSeconds(10);

    private final List<Repetition> repetitions = new ArrayList<>();
    private final ProcessMeter self;

    private BenchRunner(long ticksPerSecond) {
        this.self = ProcessMeter.self(ticksPerSecond);
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("bench.mode", "quick");
        long tck = Long.getLong("bench.clk.tck", 100);
        int heraldPort = Integer.getInteger("bench.herald.port", 8380);
        int baselinePort = Integer.getInteger("bench.baseline.port", 18080);
        Path out = Path.of(System.getProperty("bench.out", "bench/target/report"));

        Target baseline = new Target("baseline", HOST, baselinePort,
                new ProcessMeter(Long.getLong("bench.baseline.pid"), tck), new BaselineSink(HOST, baselinePort));
        Target herald = new Target("herald", HOST, heraldPort,
                new ProcessMeter(Long.getLong("bench.herald.pid"), tck),
                new JmsSink(HOST, heraldPort, "herald-producer", "HeraldProducer1!"));
        HeraldAdmin admin = new HeraldAdmin(HOST, heraldPort, "herald-admin", "HeraldAdmin1!");

        BenchRunner runner = new BenchRunner(tck);
        int reps = "smoke".equals(mode) ? 1 : 3;
        for (Workload workload : workloads(mode)) {
            for (String topic : workload.topics()) {
                admin.createOpenBazaarNode(topic);
            }
            runner.run(workload, List.of(baseline, herald), reps);
        }
        baseline.sink().close();
        herald.sink().close();

        Report report = new Report(mode, runner.repetitions);
        report.write(out);
        System.out.println(report.markdown());
        long lost = runner.repetitions.stream().mapToLong(Repetition::lost).sum();
        if (lost > 0) {
            System.err.println("FAILED: " + lost + " expected deliveries lost");
            System.exit(1);
        }
    }

    static List<Workload> workloads(String mode) {
        return switch (mode) {
            case "smoke" -> List.of(
                    Workload.broadcastBurst(200, 50),
                    Workload.manyTopics(100, 200, Duration.ofSeconds(2)));
            case "full" -> List.of(
                    Workload.broadcastBurst(1000, 1000),
                    Workload.broadcastBurst(5000, 200),
                    Workload.steady(1000, 20_000, Duration.ofSeconds(10)),
                    Workload.manyTopics(1000, 5000, Duration.ofSeconds(10)),
                    Workload.manyTopics(10_000, 5000, Duration.ofSeconds(10)));
            default -> List.of(
                    Workload.broadcastBurst(1000, 200),
                    Workload.steady(1000, 20_000, Duration.ofSeconds(5)),
                    Workload.manyTopics(1000, 5000, Duration.ofSeconds(5)));
        };
    }

    /** Connects the workload's clients to every target, warms each up, then interleaves the timed repetitions. */
    private void run(Workload workload, List<Target> targets, int reps) throws Exception {
        List<LoadClient> clients = new ArrayList<>();
        try {
            for (Target target : targets) {
                LoadClient client = new LoadClient(target.host(), target.port(), new OpenBazaarAdapter());
                clients.add(client);
                client.connect(workload.connections(), Duration.ofSeconds(120));
            }
            for (int i = 0; i < targets.size(); i++) {
                Workload warmUp = new Workload(workload.name(), "warm-up", workload.topics(), workload.clientsPerTopic(),
                        Math.max(workload.topics().size(), workload.events() / 5), workload.perSecond());
                measure(warmUp, targets.get(i), clients.get(i));
            }
            for (int rep = 0; rep < reps; rep++) {
                for (int i = 0; i < targets.size(); i++) {
                    Repetition result = measure(workload, targets.get(i), clients.get(i));
                    repetitions.add(result);
                    System.out.printf("%s %s rep %d: %d/%d delivered, %.0f deliveries/s, %.1f us server CPU/delivery, p99 %d us, client CPU %.0f%%%n",
                            workload.name(), result.target(), rep + 1, result.received(), result.expected(),
                            result.deliveriesPerSecond(), result.serverMicrosPerDelivery(), result.percentile(99),
                            result.clientCpuPercent());
                }
            }
        } finally {
            for (LoadClient client : clients) {
                client.close();
            }
        }
    }

    private Repetition measure(Workload workload, Target target, LoadClient client) throws Exception {
        client.resetReceived();
        client.takeLatencies();
        long serverCpu = target.server().cpuMicros();
        long clientCpu = self.cpuMicros();
        long start = System.nanoTime();
        double published = new FixedRatePublisher(target.sink()).publish(workload.topics(), workload.events(), workload.perSecond());
        long received = client.awaitReceived(workload.expectedDeliveries(), STALL);
        double seconds = (System.nanoTime() - start) / 1e9;
        double serverMicros = target.server().cpuMicros() - serverCpu;
        double clientPercent = (self.cpuMicros() - clientCpu) / (seconds * 1e4);
        if (client.closedUnexpectedly() > 0) {
            System.err.println(target.name() + ": " + client.closedUnexpectedly() + " connections closed by the server");
        }
        return new Repetition(workload.name(), target.name(), workload.connections().size(), workload.expectedDeliveries(),
                received, seconds, published, serverMicros, clientPercent, client.takeLatencies());
    }
}
