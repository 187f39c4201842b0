/**
 * The routing core every protocol shares: topics, subscriptions, the authorization hook and
 * fan-out of committed events to {@link io.herald.core.Subscriber}s.
 */
package io.herald.core;
