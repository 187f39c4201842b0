package io.herald.core;

import static io.herald.core.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Map;

/**
 * Where Herald reads JSON from the outside (queue messages and client frames): a text must be
 * exactly one JSON value with nothing after it, and every way the parser can refuse it is one
 * checked {@link Unreadable}. The parser signals bad syntax with {@code JsonException}, but its
 * limits with bare runtime exceptions (nesting deeper than 1,000 levels, numbers of more than
 * 1,100 characters, huge exponents); none of those may pass for a server failure.
 */
public final class StrictJson {

    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());
    /** Parser messages name a position, never the text; the cap only guards against surprises. */
    private static final int MAX_REASON = 200;

    private StrictJson() {
    }

    /** The one JSON value the text holds. */
    public static JsonValue read(String text) throws Unreadable {
        if (text == null || text.isBlank()) {
            throw new Unreadable("not JSON: empty text");
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new Unreadable("not JSON: text after the value");
            }
            return value;
        } catch (RuntimeException e) {
            throw new Unreadable("not JSON: " + LogText.shorten(e.getMessage(), MAX_REASON));
        }
    }

    /** The one JSON object the text holds. */
    public static JsonObject readObject(String text) throws Unreadable {
        if (!(read(text) instanceof JsonObject object)) {
            throw new Unreadable("not a JSON object");
        }
        return object;
    }

    /** The text is not the JSON asked for; the message says why in a few words, without quoting it. */
    public static final class Unreadable extends Exception {
        public Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }
}
