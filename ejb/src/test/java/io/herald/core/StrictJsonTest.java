package io.herald.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.testing.HostileJson;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    @Test
    void readsOneValueAndOneObject() throws StrictJson.Unreadable {
        assertEquals(JsonValue.TRUE, StrictJson.read(" true "));
        assertEquals("{\"a\":[1,2]}", StrictJson.readObject("{\"a\":[1,2]}").toString());
    }

    @Test
    void nestingPastTheParsersLimitIsUnreadableNotARuntimeException() {
        StrictJson.Unreadable e = assertThrows(StrictJson.Unreadable.class,
                () -> StrictJson.read(HostileJson.DEEP_ARRAYS));
        assertTrue(e.getMessage().startsWith("not JSON: "), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "{\"a\":1", "{} {}", "[1] x", "nope", "{\"n\":1e99999999999}"})
    void everythingButExactlyOneValueIsUnreadable(String text) {
        assertThrows(StrictJson.Unreadable.class, () -> StrictJson.read(text));
    }

    @Test
    void aValueThatIsNotAnObjectIsUnreadableAsAnObject() {
        StrictJson.Unreadable e = assertThrows(StrictJson.Unreadable.class, () -> StrictJson.readObject("[1]"));
        assertEquals("not a JSON object", e.getMessage());
        assertThrows(StrictJson.Unreadable.class, () -> StrictJson.read(null));
    }

    @Test
    void logTextIsCutAndKeptOnOneLine() {
        assertEquals("ab", LogText.shorten("ab", 5));
        assertEquals("a b... (5 chars)", LogText.shorten("a\nbcd", 3));
        assertEquals("", LogText.shorten(null, 3));
    }
}
