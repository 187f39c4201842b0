package io.herald.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** The run's results: every repetition in JSON, medians and ranges per workload and target in Markdown and a chart. */
final class Report {

    /** Median and range of one figure over the repetitions of one workload against one target. */
    record Spread(double median, double min, double max) {
        static Spread of(List<Repetition> reps, ToDoubleFunction<Repetition> figure) {
            double[] values = reps.stream().mapToDouble(figure).sorted().toArray();
            int n = values.length;
            double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
            return new Spread(median, values[0], values[n - 1]);
        }
    }

    /** One row: a workload against one target. */
    record Row(String workload, String target, int connections, long lost, boolean valid,
               Spread deliveriesPerSecond, Spread microsPerDelivery, Spread published, Spread p50, Spread p99, Spread p999,
               double maxClientCpu) {
    }

    private final String mode;
    private final String date = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    private final String machine = machine();
    /** Where Herald's store was (bench/run.sh's HERALD_DB); PostgreSQL's own processes are not in "server CPU". */
    private final String store = "postgresql".equals(System.getProperty("bench.database"))
            ? "store on PostgreSQL (its CPU not counted as server CPU)" : "store on H2";
    private final List<Repetition> repetitions;
    private final List<IdleResult> idle;
    private final List<Row> rows = new ArrayList<>();

    Report(String mode, List<Repetition> repetitions, List<IdleResult> idle) {
        this.mode = mode;
        this.repetitions = repetitions;
        this.idle = idle;
        Map<String, List<Repetition>> groups = new LinkedHashMap<>();
        for (Repetition rep : repetitions) {
            groups.computeIfAbsent(rep.workload() + "\u0000" + rep.target(), k -> new ArrayList<>()).add(rep);
        }
        for (List<Repetition> group : groups.values()) {
            Repetition first = group.get(0);
            double maxClient = group.stream().mapToDouble(Repetition::clientCpuPercent).max().orElse(0);
            rows.add(new Row(first.workload(), first.target(), first.connections(),
                    group.stream().mapToLong(Repetition::lost).sum(),
                    group.stream().noneMatch(Repetition::clientSaturated),
                    Spread.of(group, Repetition::deliveriesPerSecond), Spread.of(group, Repetition::serverMicrosPerDelivery),
                    Spread.of(group, Repetition::publishedPerSecond),
                    Spread.of(group, r -> r.percentile(50)), Spread.of(group, r -> r.percentile(99)),
                    Spread.of(group, r -> r.percentile(99.9)), maxClient));
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        long cores = 0;
        try {
            // Not availableProcessors(): taskset restricts this process to one of the machine's cores.
            List<String> cpuinfo = Files.readAllLines(Path.of("/proc/cpuinfo"));
            cores = cpuinfo.stream().filter(l -> l.startsWith("processor")).count();
            cpu = cpuinfo.stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException ignored) {
            // keep "unknown CPU"
        }
        return cores + " cores, " + cpu + ", " + System.getProperty("os.name")
                + " " + System.getProperty("os.version") + ", Java " + System.getProperty("java.version");
    }

    private Row baselineOf(Row row) {
        return rows.stream().filter(r -> r.workload().equals(row.workload()) && r.target().equals("baseline"))
                .findFirst().orElse(null);
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.json"), json());
        Files.writeString(dir.resolve("report.md"), markdown());
        ImageIO.write(chart(), "png", dir.resolve("report.png").toFile());
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Herald benchmark, mode ").append(mode).append(", ").append(store).append(", ").append(date).append(", ")
                .append(machine).append("\n\n");
        md.append("Median of the repetitions, range in brackets. Ratios are Herald / raw Undertow baseline.\n\n");
        md.append("| workload | server | conns | deliveries/s | server CPU µs/delivery | CPU ratio | throughput ratio | p50 ms | p99 ms | p99.9 ms | published events/s | lost | client CPU max | valid |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            Row base = baselineOf(row);
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %.0f | %d | %.0f %% | %s |%n",
                    row.workload(), row.target(), row.connections(),
                    spread(row.deliveriesPerSecond(), 1, "%.0f"), spread(row.microsPerDelivery(), 1, "%.1f"),
                    base == null || base == row ? "" : String.format(Locale.ROOT, "%.2f", row.microsPerDelivery().median() / base.microsPerDelivery().median()),
                    base == null || base == row ? "" : String.format(Locale.ROOT, "%.2f", row.deliveriesPerSecond().median() / base.deliveriesPerSecond().median()),
                    spread(row.p50(), 1000, "%.2f"), spread(row.p99(), 1000, "%.2f"), spread(row.p999(), 1000, "%.2f"),
                    row.published().median(), row.lost(), row.maxClientCpu(),
                    row.lost() > 0 ? "FAILED (lost)" : row.valid() ? "yes" : "no (client > 80 % CPU)"));
        }
        if (!idle.isEmpty()) {
            md.append("\nIdle connections (workload 4): server RSS and live heap (after a full GC) from before the clients"
                    + " connected to 5 s after, CPU over the rest period, heartbeat frames the clients received meanwhile.\n\n");
            md.append("| server | protocol | conns | RSS before MB | RSS after MB | RSS KB/connection | live heap KB/connection"
                    + " | CPU at rest | rest s | heartbeats received | expected | closed by server |\n");
            md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (IdleResult r : idle) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.0f | %.1f | %.1f | %.1f %% | %.0f | %d | %s | %d |%n",
                        r.target(), r.protocol(), r.connections(), r.rssBeforeKb() / 1024.0, r.rssAfterKb() / 1024.0,
                        r.kbPerConnection(), r.heapKbPerConnection(), r.serverCpuPercent(), r.restSeconds(), r.heartbeatsReceived(),
                        r.expectedHeartbeats() > 0 ? String.valueOf(r.expectedHeartbeats()) : "-", r.closedByServer()));
            }
        }
        return md.toString();
    }

    private static String spread(Spread s, double divisor, String format) {
        return String.format(Locale.ROOT, format + " [" + format + "–" + format + "]", s.median() / divisor, s.min() / divisor, s.max() / divisor);
    }

    private String json() {
        StringBuilder json = new StringBuilder("{\n  \"mode\": \"").append(mode).append("\",\n  \"date\": \"").append(date)
                .append("\",\n  \"machine\": \"").append(machine.replace("\"", "'")).append("\",\n  \"store\": \"").append(store)
                .append("\",\n  \"repetitions\": [\n");
        for (int i = 0; i < repetitions.size(); i++) {
            Repetition r = repetitions.get(i);
            json.append(String.format(Locale.ROOT,
                    "    {\"workload\":\"%s\",\"target\":\"%s\",\"connections\":%d,\"expected\":%d,\"received\":%d,\"seconds\":%.3f,"
                            + "\"publishedPerSecond\":%.1f,\"deliveriesPerSecond\":%.1f,\"serverCpuMicros\":%.0f,\"serverMicrosPerDelivery\":%.3f,"
                            + "\"clientCpuPercent\":%.1f,\"latencyMicros\":{\"p50\":%d,\"p90\":%d,\"p99\":%d,\"p99.9\":%d,\"max\":%d}}%s%n",
                    r.workload(), r.target(), r.connections(), r.expected(), r.received(), r.seconds(), r.publishedPerSecond(),
                    r.deliveriesPerSecond(), r.serverCpuMicros(), r.serverMicrosPerDelivery(), r.clientCpuPercent(),
                    r.percentile(50), r.percentile(90), r.percentile(99), r.percentile(99.9), r.latencyMicros().getMaxValue(),
                    i < repetitions.size() - 1 ? "," : ""));
        }
        json.append("  ],\n  \"idle\": [\n");
        for (int i = 0; i < idle.size(); i++) {
            IdleResult r = idle.get(i);
            json.append(String.format(Locale.ROOT,
                    "    {\"target\":\"%s\",\"protocol\":\"%s\",\"connections\":%d,\"rssBeforeKb\":%d,\"rssAfterKb\":%d,"
                            + "\"kbPerConnection\":%.2f,\"heapBeforeKb\":%d,\"heapAfterKb\":%d,\"restSeconds\":%.1f,\"serverCpuPercent\":%.2f,\"heartbeatsReceived\":%d,"
                            + "\"expectedHeartbeats\":%d,\"closedByServer\":%d}%s%n",
                    r.target(), r.protocol(), r.connections(), r.rssBeforeKb(), r.rssAfterKb(), r.kbPerConnection(),
                    r.heapBeforeKb(), r.heapAfterKb(), r.restSeconds(), r.serverCpuPercent(), r.heartbeatsReceived(), r.expectedHeartbeats(), r.closedByServer(),
                    i < idle.size() - 1 ? "," : ""));
        }
        return json.append("  ]\n}\n").toString();
    }

    private static final Color HERALD = new Color(0x1f77b4), BASELINE = new Color(0xff7f0e);

    /** Two panels per workload row: latency percentiles (log scale) and deliveries per second, Herald beside the baseline. */
    private BufferedImage chart() {
        List<String> workloads = rows.stream().map(Row::workload).distinct().toList();
        int panelW = 420, panelH = 220, top = 50;
        int width = 40 + panelW * 2 + 40, height = top + workloads.size() * (panelH + 40) + 20;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString("Herald (blue) vs raw Undertow baseline (orange), " + date, 20, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("left: JMS-send-to-receive latency percentiles, ms (log scale); right: deliveries/s (median, whisker = range)", 20, 40);
        for (int w = 0; w < workloads.size(); w++) {
            String workload = workloads.get(w);
            Row herald = row(workload, "herald"), base = row(workload, "baseline");
            int y = top + w * (panelH + 40) + 20;
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            g.drawString(workload, 20, y);
            latencyPanel(g, 40, y + 10, panelW - 40, panelH - 30, herald, base);
            throughputPanel(g, 40 + panelW, y + 10, panelW - 40, panelH - 30, herald, base);
        }
        g.dispose();
        return image;
    }

    private Row row(String workload, String target) {
        return rows.stream().filter(r -> r.workload().equals(workload) && r.target().equals(target)).findFirst().orElse(null);
    }

    private static void latencyPanel(Graphics2D g, int x, int y, int w, int h, Row herald, Row base) {
        axes(g, x, y, w, h);
        String[] labels = {"p50", "p99", "p99.9"};
        double lo = Math.log10(0.01), hi = Math.log10(10_000); // 10 µs to 10 s
        for (double ms = 0.01; ms <= 10_000; ms *= 10) {
            int ty = y + h - (int) ((Math.log10(ms) - lo) / (hi - lo) * h);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, ty, x + w, ty);
            g.setColor(Color.DARK_GRAY);
            g.drawString(ms < 1 ? String.valueOf(ms) : String.valueOf((long) ms), x - 36, ty + 4);
        }
        int group = w / labels.length;
        for (int i = 0; i < labels.length; i++) {
            int gx = x + i * group + group / 4;
            int percentile = i;
            java.util.function.Function<Row, Spread> figure = r -> percentile == 0 ? r.p50() : percentile == 1 ? r.p99() : r.p999();
            bar(g, gx, y, h, group / 4, herald, HERALD, figure, lo, hi);
            bar(g, gx + group / 4 + 4, y, h, group / 4, base, BASELINE, figure, lo, hi);
            g.setColor(Color.BLACK);
            g.drawString(labels[i], gx + group / 8, y + h + 14);
        }
    }

    private static void bar(Graphics2D g, int bx, int y, int h, int bw, Row row, Color color,
                            java.util.function.Function<Row, Spread> figure, double lo, double hi) {
        if (row == null) {
            return;
        }
        Spread s = figure.apply(row);
        ToDoubleFunction<Double> scale = micros -> Math.max(0, Math.min(h, (Math.log10(Math.max(micros, 1) / 1000) - lo) / (hi - lo) * h));
        int barH = (int) scale.applyAsDouble(s.median());
        g.setColor(color);
        g.fillRect(bx, y + h - barH, bw, barH);
        whisker(g, bx + bw / 2, y + h - (int) scale.applyAsDouble(s.min()), y + h - (int) scale.applyAsDouble(s.max()));
    }

    private static void throughputPanel(Graphics2D g, int x, int y, int w, int h, Row herald, Row base) {
        axes(g, x, y, w, h);
        double max = 1;
        for (Row r : new Row[] {herald, base}) {
            if (r != null) {
                max = Math.max(max, r.deliveriesPerSecond().max());
            }
        }
        max *= 1.1;
        for (int i = 0; i <= 4; i++) {
            int ty = y + h - h * i / 4;
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, ty, x + w, ty);
            g.setColor(Color.DARK_GRAY);
            double tick = max * i / 4;
            g.drawString(max >= 10_000 ? String.format(Locale.ROOT, "%.0fk", tick / 1000) : String.format(Locale.ROOT, "%.0f", tick), x - 36, ty + 4);
        }
        int bw = w / 5;
        Row[] rs = {herald, base};
        Color[] colors = {HERALD, BASELINE};
        String[] names = {"herald", "baseline"};
        for (int i = 0; i < 2; i++) {
            int bx = x + bw / 2 + i * 2 * bw;
            if (rs[i] != null) {
                Spread s = rs[i].deliveriesPerSecond();
                int barH = (int) (s.median() / max * h);
                g.setColor(colors[i]);
                g.fillRect(bx, y + h - barH, bw, barH);
                whisker(g, bx + bw / 2, y + h - (int) (s.min() / max * h), y + h - (int) (s.max() / max * h));
            }
            g.setColor(Color.BLACK);
            g.drawString(names[i], bx, y + h + 14);
        }
    }

    private static void whisker(Graphics2D g, int cx, int yMin, int yMax) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(cx, yMin, cx, yMax);
        g.drawLine(cx - 4, yMin, cx + 4, yMin);
        g.drawLine(cx - 4, yMax, cx + 4, yMax);
    }

    private static void axes(Graphics2D g, int x, int y, int w, int h) {
        g.setColor(Color.BLACK);
        g.drawLine(x, y, x, y + h);
        g.drawLine(x, y + h, x + w, y + h);
    }
}
