package io.herald.protocol.chat;

import static io.herald.testing.SpecJson.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.herald.protocol.chat.ChatDevices.Device;
import io.herald.protocol.chat.ChatDevices.Platform;
import io.herald.protocol.chat.FcmPayloads.FcmPush;
import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FcmPayloadsTest {

    private static final String APNS = compact("""
            {
                "aps" : {
                    "alert": {
                        "title" : "abdullah_zagat",
                        "body" : "hello!"
                    },
                    "sound":"default",
                    "mutable-content" : 1
                },
                "xtype" : "NEW_MESSAGE",
                "xdata" : {
                    "topic_id": "p2p1_2",
                    "seq_id": 1519011921221,
                    "from_id": 2,
                    "name": "abdullah_zagat",
                    "content": {
                        "type": "text/plain",
                        "payload": {
                            "text": "hello!"
                        }
                    },
                    "status": {
                        "1": false
                    },
                    "ts": "2018-10-08T08:30:39.657Z"
                },
                "xto" : [1]
            }""");

    private static final String ANDROID = compact("""
            {
                "registration_ids": ["<fcm_token_1>"],
                "priority": "high",
                "time_to_live": 3600,
                "data": {
                    "xtype" : "NEW_MESSAGE",
                    "xdata" : {
                        "topic_id": "p2p1_2",
                        "seq_id": 1519011921221,
                        "from_id": 2,
                        "name": "abdullah_zagat",
                        "content": {
                            "type": "text/plain",
                            "payload": {
                                "text": "hello!"
                            }
                        },
                        "status": {
                            "1": false
                        },
                        "ts": "2018-10-08T08:30:39.657Z"
                    },
                    "xto" : [1]
                }
            }""");

    @Test
    void apnsFormatMatchesTheDocument() {
        assertEquals(APNS, FcmPayloads.apns(Samples.message(), 1));
    }

    @Test
    void androidFormatMatchesTheDocument() {
        assertEquals(ANDROID, FcmPayloads.android(Samples.message(), 1, List.of("<fcm_token_1>")));
    }

    @Test
    void eachDeviceGetsOneRequestInItsPlatformsFormat() {
        List<FcmPush> pushes = FcmPayloads.forMessage(Samples.message(), 1, List.of(
                new Device("<fcm_token_1>", Platform.ANDROID),
                new Device("ios-a", Platform.IOS),
                new Device("ios-a", Platform.IOS)));

        assertEquals(List.of(
                new FcmPush(Platform.ANDROID, "<fcm_token_1>", ANDROID,
                        FcmPayloads.pushKey(Samples.message(), 1, "<fcm_token_1>")),
                new FcmPush(Platform.IOS, "ios-a", FcmPayloads.apnsRequest(Samples.message(), 1, "ios-a"),
                        FcmPayloads.pushKey(Samples.message(), 1, "ios-a"))), pushes);
    }

    @Test
    void aPushIsKnownByItsMessageRecipientAndDevice() {
        ChatPacket.Message message = Samples.message();
        String key = FcmPayloads.pushKey(message, 1, "tok");

        assertEquals(64, key.length());
        assertEquals(key, FcmPayloads.pushKey(Samples.message(), 1, "tok"), "the same message again");
        assertEquals(key, FcmPayloads.pushKey(new ChatPacket.Message(message.topicId(), message.seqId(), 3, "other",
                message.content(), Map.of(), message.ts()), 1, "tok"), "topic and seq_id tell messages apart");
        List<String> others = List.of(
                FcmPayloads.pushKey(message, 2, "tok"),
                FcmPayloads.pushKey(message, 1, "tok2"),
                FcmPayloads.pushKey(new ChatPacket.Message("p2p1_3", message.seqId(), 2, message.name(),
                        message.content(), message.status(), message.ts()), 1, "tok"),
                FcmPayloads.pushKey(new ChatPacket.Message(message.topicId(), message.seqId() + 1, 2, message.name(),
                        message.content(), message.status(), message.ts()), 1, "tok"),
                // The same characters split differently between token and topic.
                FcmPayloads.pushKey(new ChatPacket.Message("2", message.seqId(), 2, message.name(),
                        message.content(), message.status(), message.ts()), 1, "tokp2p1_"));
        others.forEach(other -> assertNotEquals(key, other));
    }

    @Test
    void theApnsRequestIsTheDocumentsObjectAddressedToTheDevice() {
        String request = FcmPayloads.apnsRequest(Samples.message(), 1, "ios-a");

        assertEquals("{\"registration_ids\":[\"ios-a\"]," + APNS.substring(1), request);
    }

    @Test
    void noDevicesNoPushes() {
        assertEquals(List.of(), FcmPayloads.forMessage(Samples.message(), 1, List.of()));
    }

    @Test
    void aMessageWithoutTextShowsANeutralBody() {
        ChatPacket.Message image = new ChatPacket.Message("p2p1_2", 1, 2, "abdullah_zagat",
                Json.createObjectBuilder().add("type", "image/jpeg")
                        .add("payload", Json.createObjectBuilder().add("url", "https://x/y.jpg")).build(),
                Map.of(), Samples.TS);

        String apns = FcmPayloads.apns(image, 1);

        assertEquals("New message", Json.createReader(new java.io.StringReader(apns)).readObject()
                .getJsonObject("aps").getJsonObject("alert").getString("body"));
    }
}
