package io.herald.protocol.chat;

import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The packets of the protocol document's examples, as typed records. */
final class Samples {

    private Samples() {
    }

    static final Instant TS = Instant.parse("2018-10-08T08:30:39.657Z");

    static ChatPacket.Message message() {
        return new ChatPacket.Message("p2p1_2", 1519011921221L, 2, "abdullah_zagat",
                Json.createObjectBuilder()
                        .add("type", "text/plain")
                        .add("payload", Json.createObjectBuilder().add("text", "hello!"))
                        .build(),
                Map.of("1", false), TS);
    }

    static ChatPacket.Reads reads() {
        return new ChatPacket.Reads(2, "p2p1_2", List.of(1519011921221L, 1519011921893L), TS);
    }
}
