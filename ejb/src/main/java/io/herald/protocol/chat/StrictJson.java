package io.herald.protocol.chat;

import static io.herald.core.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;

/** Reads a text that must be exactly one JSON value: the reader alone accepts trailing garbage. */
public final class StrictJson {

    private StrictJson() {
    }

    /** @throws JsonException when the text is not one JSON value and nothing else */
    public static JsonValue read(String text) {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new JsonException("empty text");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonException("text after the JSON value");
            }
            return value;
        } catch (IllegalStateException | java.util.NoSuchElementException e) {
            throw new JsonException("not a JSON value", e);
        }
    }
}
