package io.herald.protocol.loom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.ingest.MalformedEventException;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LoomEventMapperTest {

    /** Receives every event at the same instant, so a missing {@code received_at} is predictable. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-07-23T22:04:46.474Z"), ZoneOffset.UTC);

    private final LoomEventMapper mapper = new LoomEventMapper(CLOCK);

    /** An event with every field, as the tests of {@link LoomIngest} send it too. */
    static final String FULL = """
            {"organization":"837ebb91-2d4b-4818-a19b-04fea7be8cde","id":"bd6b9b7f-5ea2-4015-a07a-e3ba15d083cd",
             "name":"mission_control.job_added","version":"1.0","timestamp":"2023-07-23T22:04:46.000Z",
             "payload":{"job_id":"9e11ad29-7729-46a4-b8a3-937c64ff9cd5"},
             "link":"https://mc.sandbox.zaikio.com/api/v1/jobs/9e11ad29-7729-46a4-b8a3-937c64ff9cd5",
             "subject":"Org/837ebb91-2d4b-4818-a19b-04fea7be8cde","received_at":"2023-07-23T22:04:46.474Z"}""";

    @Test
    void optionalFieldsDefault() throws Exception {
        LoomEvent event = mapper.parse("""
                {"organization":"o1","id":"e1","name":"a.b","timestamp":"2023-07-23T22:04:46Z"}""");

        assertNull(event.version());
        assertNull(event.link());
        assertNull(event.subject());
        assertSame(JsonValue.EMPTY_JSON_OBJECT, event.payload());
        assertEquals("2023-07-23T22:04:46.474Z", event.receivedAt(), "Herald's receipt time stands in");
    }

    @Test
    void refusesMissingRequiredFields() {
        for (String field : new String[] {"organization", "id", "name", "timestamp"}) {
            String body = FULL.replace("\"" + field + "\":", "\"x_" + field + "\":");
            MalformedEventException e = assertThrows(MalformedEventException.class, () -> mapper.parse(body), field);
            assertTrue(e.getMessage().contains("\"" + field + "\""), e.getMessage());
        }
    }

    @Test
    void takesFieldsAsLongAsTheirColumnsAndRefusesLongerOnesNamingFieldAndLimit() throws Exception {
        Map<String, Integer> limits = Map.of("organization", 200, "id", 200, "name", 100);
        Map<String, Function<LoomEvent, String>> read = Map.of("organization", LoomEvent::organization,
                "id", LoomEvent::id, "name", LoomEvent::name);
        for (String field : limits.keySet()) {
            int limit = limits.get(field);
            String fits = FULL.replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":\"" + "x".repeat(limit) + "\"");
            assertEquals("x".repeat(limit), read.get(field).apply(mapper.parse(fits)), field);
            String tooLong = fits.replace("x".repeat(limit), "x".repeat(limit + 1));
            MalformedEventException e = assertThrows(MalformedEventException.class, () -> mapper.parse(tooLong), field);
            assertEquals("Loom event field \"" + field + "\" has " + (limit + 1) + " characters, more than the "
                    + limit + " Herald can store", e.getMessage());
        }
    }

    @Test
    void refusesBadShapes() {
        assertThrows(MalformedEventException.class, () -> mapper.parse("not json"));
        assertThrows(MalformedEventException.class, () -> mapper.parse("[1,2]"));
        assertThrows(MalformedEventException.class, () -> mapper.parse(FULL.replace("\"version\":\"1.0\"", "\"version\":1")));
        assertThrows(MalformedEventException.class, () -> mapper.parse(FULL.replace("{\"job_id\"", "[{\"job_id\"")
                .replace("cd5\"},", "cd5\"}],")));
        assertThrows(MalformedEventException.class, () -> mapper.parse(FULL.replace("2023-07-23T22:04:46.000Z", "yesterday")));
        assertThrows(MalformedEventException.class, () -> mapper.parse(FULL.replace("\"name\":\"mission_control.job_added\"", "\"name\":\" \"")));
    }
}
