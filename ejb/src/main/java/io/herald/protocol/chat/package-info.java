/**
 * Haraj chat, server side: who may listen to what ({@link io.herald.protocol.chat.ChatPolicy}),
 * live sessions and presence, the packets and how producers send them, and the FCM fallback for
 * recipients with no live session (the outbox, drained by {@link io.herald.protocol.chat.FcmPushWorker}
 * through FCM HTTP v1 with a service account's access tokens, or FCM's legacy API on request). The ports ({@link io.herald.protocol.chat.ChatAccessTokens},
 * {@link io.herald.protocol.chat.ChatPeers}, {@link io.herald.protocol.chat.ChatDevices},
 * {@link io.herald.protocol.chat.FcmOutbox}) are implemented over the database by their
 * {@code Jpa} adapters.
 */
package io.herald.protocol.chat;
