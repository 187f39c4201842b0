package io.herald.testing;

import java.util.stream.Stream;

/**
 * Texts that are not JSON in every way the parser can refuse them, including the ones it refuses
 * with bare runtime exceptions instead of {@code JsonException}: past its nesting limit, past its
 * number length limit, an exponent too large to hold. Client frames for the codecs and
 * connections, message bodies for the mappers.
 */
public final class HostileJson {

    /** Arrays nested 5,000 deep, past the parser's nesting limit. */
    public static final String DEEP_ARRAYS = nestedArrays(5_000);

    /** Objects nested 5,000 deep, past the parser's nesting limit. */
    public static final String DEEP_OBJECTS = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);

    private HostileJson() {
    }

    /** {@code depth} empty arrays, each inside the one before. */
    public static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** One of each kind of hostile text, for {@code @MethodSource("io.herald.testing.HostileJson#texts")}. */
    public static Stream<String> texts() {
        return Stream.of(
                DEEP_ARRAYS,
                DEEP_OBJECTS,
                "[".repeat(5_000),
                "{\"op\":\"subscribe\",\"data\":{\"event_name\":\"a\"",
                "{\"n\":" + "1".repeat(2_000) + "}",
                "{\"n\":1e99999999999}",
                "{\"op\":\"start\"} trailing");
    }
}
