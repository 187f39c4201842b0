package io.herald.protocol.chat;

import java.util.List;

/**
 * Which FCM pushes a chat event calls for: a message whose recipient has no live session goes to
 * the recipient's devices; everything else (reads, typing, presence) is never pushed.
 */
public final class OfflinePushes {

    private final Presence presence;
    private final ChatDevices devices;

    public OfflinePushes(Presence presence, ChatDevices devices) {
        this.presence = presence;
        this.devices = devices;
    }

    /**
     * Asked while the event is ingested, so that the pushes are stored in the ingest transaction,
     * before the message is acknowledged; the router delivers the event live once that transaction
     * commits. A session opening in between receives the message live and is pushed as well (a
     * duplicate the app recognises by {@code seq_id}); a last session closing in between misses it
     * on both paths, and the app finds it in the conversation's history when it opens again.
     *
     * @throws RuntimeException when the device registry fails
     */
    public List<FcmPayloads.FcmPush> pushesFor(ChatEvent event) {
        if (!event.pushWhenOffline() || presence.isOnline(event.to())) {
            return List.of();
        }
        ChatPacket.Message message = (ChatPacket.Message) event.packet();
        return FcmPayloads.forMessage(message, event.to(), devices.devices(event.to()));
    }
}
