/**
 * The routing core every protocol shares: topics, subscriptions, the authorization hook and
 * fan-out of committed events to {@link io.herald.core.Subscriber}s. Everything is typed by a
 * protocol's {@link io.herald.core.Lane} (its principal and event types), so no policy or
 * connection casts.
 */
package io.herald.core;
