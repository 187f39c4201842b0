package io.herald.protocol.chat;

import io.herald.core.StrictJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/** What became of one FCM request addressed to one device. */
public sealed interface FcmOutcome {

    /** FCM took the push. */
    record Delivered() implements FcmOutcome {
    }

    /** FCM says the device token is no longer valid: the push is dropped and so is the device. */
    record InvalidToken(String error) implements FcmOutcome {
    }

    /**
     * FCM refuses the request itself (its content, not the device): sending it again cannot help, so
     * the push is dropped and the device kept.
     */
    record Rejected(String reason) implements FcmOutcome {
    }

    /**
     * Anything else (FCM down, overloaded, or Herald's credentials refused): the push is tried again
     * later, and not before {@code notBefore} from now when FCM said when (its {@code Retry-After}).
     */
    record Retry(String reason, Duration notBefore) implements FcmOutcome {
        public Retry {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(notBefore, "notBefore");
        }

        public Retry(String reason) {
            this(reason, Duration.ZERO);
        }
    }

    /** The errors of FCM's legacy API that mean the token will never work again. */
    Set<String> INVALID_TOKEN_ERRORS = Set.of("NotRegistered", "InvalidRegistration");

    /** The {@code errorCode}s of FCM HTTP v1 that mean the token will never work for this project again. */
    Set<String> V1_INVALID_TOKEN_CODES = Set.of("UNREGISTERED", "SENDER_ID_MISMATCH");

    /** Reads FCM's legacy answer to a request with one registration id (its {@code results[0]}). */
    static FcmOutcome ofLegacy(int status, String body) {
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

    /**
     * Reads FCM HTTP v1's answer to {@code messages:send}: a 2xx is taken; an error names its
     * {@code errorCode} in a {@code google.firebase.fcm.v1.FcmError} detail. A gone or foreign token is
     * invalid; a 400 is a request FCM will never take (a registration token it cannot read counts as
     * invalid); everything else, including Herald's own credentials refused, is retried, so a push
     * survives a misconfiguration until an operator fixes it.
     *
     * @param retryAfter FCM's {@code Retry-After} as a wait (zero when it gave none)
     */
    static FcmOutcome ofV1(int status, String body, Duration retryAfter) {
        if (status >= 200 && status < 300) {
            return new Delivered();
        }
        FcmV1Error error = FcmV1Error.read(body);
        String reason = "HTTP " + status + (error.code().isEmpty() ? "" : " " + error.code());
        if (V1_INVALID_TOKEN_CODES.contains(error.code())) {
            return new InvalidToken(error.code());
        }
        if (status == 400) {
            return error.namesTheToken() ? new InvalidToken(error.code()) : new Rejected(reason + ": " + error.message());
        }
        return new Retry(reason, retryAfter);
    }

    /** The parts of a v1 error body Herald acts on; empty strings where the body has none. */
    record FcmV1Error(String code, String message) {

        private static final String FCM_ERROR_TYPE = "type.googleapis.com/google.firebase.fcm.v1.FcmError";
        /** How long a logged error message may be: FCM's own are a line. */
        private static final int MAX_MESSAGE = 200;

        static FcmV1Error read(String body) {
            JsonValue parsed;
            try {
                parsed = StrictJson.read(body);
            } catch (StrictJson.Unreadable e) {
                return new FcmV1Error("", "");
            }
            if (!(parsed instanceof JsonObject answer) || !(answer.get("error") instanceof JsonObject error)) {
                return new FcmV1Error("", "");
            }
            String message = error.get("message") instanceof JsonString text ? text.getString() : "";
            String code = error.get("status") instanceof JsonString status ? status.getString() : "";
            if (error.get("details") instanceof JsonArray details) {
                for (JsonValue detail : details) {
                    if (detail instanceof JsonObject d && d.get("@type") instanceof JsonString type
                            && FCM_ERROR_TYPE.equals(type.getString()) && d.get("errorCode") instanceof JsonString fcm) {
                        code = fcm.getString();
                    }
                }
            }
            return new FcmV1Error(code, message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
        }

        /** FCM's answer for a token it cannot read: "The registration token is not a valid FCM registration token". */
        boolean namesTheToken() {
            return message.contains("registration token");
        }
    }
}
