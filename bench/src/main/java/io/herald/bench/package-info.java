/**
 * Herald's benchmark: a NIO load client with one adapter per protocol, a fixed-rate JMS publisher, a
 * raw Undertow baseline server to compare against, and the report. {@code bench/run.sh} starts both
 * servers and runs {@link io.herald.bench.BenchRunner}; see {@code bench/README.md} for the method.
 */
package io.herald.bench;
