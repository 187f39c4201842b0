package io.herald.bench;

/**
 * Workload 4 against one target: the server's resident memory and live heap before and after
 * opening the idle connections, its CPU while they rest, and the heartbeat frames the clients
 * received meanwhile.
 */
record IdleResult(String target, String protocol, int connections, long rssBeforeKb, long rssAfterKb,
                  long heapBeforeKb, long heapAfterKb, double restSeconds,
                  double serverCpuPercent, long heartbeatsReceived, long expectedHeartbeats, long closedByServer) {

    double kbPerConnection() {
        return (double) (rssAfterKb - rssBeforeKb) / connections;
    }

    double heapKbPerConnection() {
        return heapBeforeKb < 0 || heapAfterKb < 0 ? Double.NaN : (double) (heapAfterKb - heapBeforeKb) / connections;
    }
}
