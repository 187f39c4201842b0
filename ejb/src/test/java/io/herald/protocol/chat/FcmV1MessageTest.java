package io.herald.protocol.chat;

import static io.herald.testing.SpecJson.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FcmV1MessageTest {

    private static final String XDATA = compact("""
            {"topic_id":"p2p1_2","seq_id":1519011921221,"from_id":2,"name":"abdullah_zagat",
             "content":{"type":"text/plain","payload":{"text":"hello!"}},"status":{"1":false},
             "ts":"2018-10-08T08:30:39.657Z"}""");

    @Test
    void anApnsPushCarriesTheSameApnsPayloadToItsToken() {
        String legacy = FcmPayloads.apnsRequest(Samples.message(), 1, "ios-token");

        assertEquals("{\"message\":{\"token\":\"ios-token\",\"apns\":{\"payload\":" + FcmPayloads.apns(Samples.message(), 1)
                + "}}}", FcmV1Message.fromLegacy(legacy));
    }

    @Test
    void anAndroidPushCarriesItsDataAsStringsWithPriorityAndTtl() {
        String legacy = FcmPayloads.android(Samples.message(), 1, List.of("android-token"));

        String expected = "{\"message\":{\"token\":\"android-token\",\"android\":{\"priority\":\"HIGH\",\"ttl\":\"3600s\"},"
                + "\"data\":{\"xtype\":\"NEW_MESSAGE\",\"xdata\":" + quoted(XDATA) + ",\"xto\":\"[1]\"}}}";
        assertEquals(expected, FcmV1Message.fromLegacy(legacy));
    }

    @Test
    void aBodyThatIsNoLegacyRequestForOneDeviceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FcmV1Message.fromLegacy("not json"));
        assertThrows(IllegalArgumentException.class, () -> FcmV1Message.fromLegacy("{\"aps\":{}}"));
        assertThrows(IllegalArgumentException.class,
                () -> FcmV1Message.fromLegacy(FcmPayloads.android(Samples.message(), 1, List.of("a", "b"))));
        assertThrows(IllegalArgumentException.class, () -> FcmV1Message.fromLegacy("{\"registration_ids\":[\"t\"]}"));
    }

    /** {@code text} as a JSON string. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
