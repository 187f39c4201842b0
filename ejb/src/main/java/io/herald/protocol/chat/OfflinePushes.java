package io.herald.protocol.chat;

import java.util.List;

/**
 * Which FCM pushes a chat event calls for: a message whose recipient has no live session goes to
 * the recipient's devices; everything else (reads, typing, presence) is never pushed.
 */
public final class OfflinePushes {

    private final Presence presence;
    private final DeviceRegistry devices;

    public OfflinePushes(Presence presence, DeviceRegistry devices) {
        this.presence = presence;
        this.devices = devices;
    }

    /**
     * Ask after the event's publication has been handed to the router: a session that opened in
     * between then received it live, and a push on top of that is a duplicate the app tolerates,
     * whereas asking first could lose the message.
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
