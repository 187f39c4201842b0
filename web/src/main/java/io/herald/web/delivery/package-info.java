/**
 * The sending side every protocol's connections share: the bounded, never-blocking send queue
 * around a WebSocket session ({@link io.herald.web.delivery.OutboundQueue}), the throttled logs of
 * malformed frames and server-side failures, and the one concurrency rule below, which every
 * connection class follows ({@code EwalletConnection}, {@code LoomConnection},
 * {@code ChatConnection}, {@code WazoConnection} with its {@code WazoSocket},
 * {@code OpenBazaarConnection}).
 *
 * <h2>The connection rule</h2>
 * The router calls a connection's {@code deliver} on the thread that ingests the protocol's JMS
 * queue, which has one consumer: whatever a delivery waits for, every client of the protocol waits
 * for. Hence:
 * <ol>
 * <li>A connection has one lock, a {@code private final Object lock}. It guards the connection's
 * protocol state (what it joined, where it is in its handshake, whether it is closed) and the order
 * in which its frames are queued on its {@link io.herald.web.delivery.Outbound}. A field the router
 * reads without it (the principal) is final or volatile, and is written under it. An object that
 * wraps a connection with state of its own (Wazo's socket: its token's timer) has its own lock the
 * same way, never held while it calls a method of the connection that takes the connection's.</li>
 * <li>Inside the lock only work that never waits: reading and changing that state, the router's
 * registry updates ({@link io.herald.core.Admission#subscribe()}, {@code Router.leave}), queueing
 * frames and closes (the outbound never blocks), setting or cancelling a timer.</li>
 * <li>Never inside it: a database or remote call (a policy's join decision, authentication,
 * history and ack reads and writes), a change of the chat presence tracker (it publishes to other
 * connections, and so takes their locks), a call into another connection or into anything that
 * may call back into this one. Such work runs first, with no lock held ("decide outside"), and
 * its outcome is applied under the lock ("subscribe inside") after checking again what it depended
 * on: a connection that closed, left or moved on meanwhile applies nothing, so nothing stays
 * subscribed for it.</li>
 * <li>A subscription and the frame that confirms it are made in the same locked section, and a
 * leave and the frame that confirms it likewise: no push on a topic can precede its join's answer
 * or follow its leave's.</li>
 * <li>{@code deliver} takes only this lock, and only to check the state and queue the frame.</li>
 * </ol>
 * An endpoint calls its connection one callback at a time, but timers (idle, expiry, pings), server
 * shutdown and the router call it from other threads, so every entry point follows the rule.
 */
package io.herald.web.delivery;
