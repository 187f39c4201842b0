package io.herald.bench;

import org.HdrHistogram.Histogram;

/** The measurements of one timed repetition of one workload against one target. */
record Repetition(String workload, String target, int connections, long expected, long received,
                  double seconds, double publishedPerSecond, double serverCpuMicros, double clientCpuPercent, Histogram latencyMicros) {

    long lost() {
        return expected - received;
    }

    double deliveriesPerSecond() {
        return received / seconds;
    }

    double serverMicrosPerDelivery() {
        return received == 0 ? Double.NaN : serverCpuMicros / received;
    }

    double serverCpuPercent() {
        return serverCpuMicros / (seconds * 1e4);
    }

    /** A run where the load client itself was near saturation measures the client, not the server. */
    boolean clientSaturated() {
        return clientCpuPercent > 80;
    }

    long percentile(double p) {
        return latencyMicros.getValueAtPercentile(p);
    }
}
