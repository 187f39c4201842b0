package io.herald.protocol.chat;

import io.herald.core.StrictJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/** What became of one FCM request addressed to one device. */
public sealed interface FcmOutcome {

    /** FCM took the push. */
    record Delivered() implements FcmOutcome {
    }

    /** FCM says the device token is no longer valid: the push is dropped and so is the device. */
    record InvalidToken(String error) implements FcmOutcome {
    }

    /** Anything else (FCM down or answering an error): the push is tried again later. */
    record Retry(String reason) implements FcmOutcome {
    }

    /** The errors of FCM's legacy API that mean the token will never work again. */
    Set<String> INVALID_TOKEN_ERRORS = Set.of("NotRegistered", "InvalidRegistration");

    /** Reads FCM's answer to a request with one registration id (its {@code results[0]}). */
    static FcmOutcome of(int status, String body) {
        if (status != 200) {
            return new Retry("HTTP " + status);
        }
        JsonValue parsed;
        try {
            parsed = StrictJson.read(body);
        } catch (StrictJson.Unreadable e) {
            return new Retry("HTTP 200 with a body that is not JSON");
        }
        if (!(parsed instanceof JsonObject answer) || !(answer.get("results") instanceof JsonArray results)
                || results.isEmpty() || !(results.get(0) instanceof JsonObject result)) {
            return new Retry("HTTP 200 without results");
        }
        if (!(result.get("error") instanceof JsonString error)) {
            return new Delivered();
        }
        return INVALID_TOKEN_ERRORS.contains(error.getString())
                ? new InvalidToken(error.getString())
                : new Retry(error.getString());
    }
}
