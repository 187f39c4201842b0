/**
 * The event store: per-stream sequence numbers and the stored events behind Loom's rewind and
 * at-least-once replay and OpenBazaar's notification and chat history.
 */
package io.herald.store;
