/**
 * Loom's server-side rules: who a Bearer token speaks for, which organization topics an app may
 * join, how a producer's message becomes a publication, and the ports (apps, history, acks) the
 * directory and the event store implement.
 */
package io.herald.protocol.loom;
