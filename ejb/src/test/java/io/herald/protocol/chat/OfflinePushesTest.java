package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.protocol.chat.ChatDevices.Device;
import io.herald.protocol.chat.ChatDevices.Platform;
import io.herald.protocol.chat.FcmPayloads.FcmPush;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflinePushesTest {

    private final Presence presence = new Presence((user, online) -> { });
    private final OfflinePushes pushes = new OfflinePushes(presence,
            user -> user == 1 ? List.of(new Device("tok", Platform.ANDROID)) : List.of());

    @Test
    void aMessageToAnOfflineUserGoesToTheirDevices() {
        assertEquals(List.of(new FcmPush(Platform.ANDROID, "tok",
                        FcmPayloads.android(Samples.message(), 1, List.of("tok")),
                        FcmPayloads.pushKey(Samples.message(), 1, "tok"))),
                pushes.pushesFor(new ChatEvent(1, Samples.message())));
    }

    @Test
    void aMessageToAnOnlineUserIsNotPushed() {
        presence.opened(1, new Object());
        assertEquals(List.of(), pushes.pushesFor(new ChatEvent(1, Samples.message())));
    }

    @Test
    void readsAndTypingAreNeverPushed() {
        assertEquals(List.of(), pushes.pushesFor(new ChatEvent(1, Samples.reads())));
        assertEquals(List.of(), pushes.pushesFor(new ChatEvent(1, new ChatPacket.Typing(true, 2, "p2p1_2", Samples.TS))));
    }
}
