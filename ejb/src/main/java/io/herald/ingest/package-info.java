/**
 * What every protocol's message-driven bean shares: reading the message text, the one transaction
 * in which a protocol stores what must survive before the message is acknowledged, dead-lettering of
 * malformed messages with their reason, and the counters and stall detection behind the health checks.
 */
package io.herald.ingest;
