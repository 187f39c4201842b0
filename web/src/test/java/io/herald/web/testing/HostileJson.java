package io.herald.web.testing;

import java.util.stream.Stream;

/**
 * Client frames that are not JSON in every way the parser can refuse them, including the ones it
 * refuses with bare runtime exceptions instead of {@code JsonException}: past its nesting limit,
 * past its number length limit, an exponent too large to hold.
 */
public final class HostileJson {

    private HostileJson() {
    }

    public static Stream<String> texts() {
        return Stream.of(
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                "[".repeat(5_000),
                "{\"op\":\"subscribe\",\"data\":{\"event_name\":\"a\"",
                "{\"n\":" + "1".repeat(2_000) + "}",
                "{\"n\":1e99999999999}",
                "{\"op\":\"start\"} trailing");
    }
}
