package io.herald.protocol.ewallet;

import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * The eWallet error object, {@code {"object":"error","code","description","messages"}}, both in
 * events a producer publishes and in the socket's own refusals.
 *
 * @param messages {@link JsonValue#NULL} unless the producer supplied some
 */
public record EwalletError(String code, String description, JsonValue messages) {

    public static final EwalletError FORBIDDEN_CHANNEL =
            of("websocket:forbidden_channel", "You don't have access to this channel.");
    public static final EwalletError CHANNEL_NOT_FOUND =
            of("websocket:channel_not_found", "The given channel does not exist.");
    public static final EwalletError UNMATCHED_TOPIC =
            of("websocket:connect_error", "unmatched topic");
    public static final EwalletError INVALID_FORMAT =
            of("websocket:invalid_format", "The websocket payload could not be decoded.");

    public EwalletError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        messages = messages == null ? JsonValue.NULL : messages;
    }

    public static EwalletError of(String code, String description) {
        return new EwalletError(code, description, JsonValue.NULL);
    }
}
