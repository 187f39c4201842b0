package io.herald.web.admin;

import io.herald.web.rest.InvalidInput;
import io.herald.web.rest.NumberParam;

/** Chat user ids in the admin API's paths and queries: positive integers, or a 400 naming the field. */
final class ChatUserIdParam {

    private ChatUserIdParam() {
    }

    static long required(String field, String text) {
        return NumberParam.required(field, text, 1, Long.MAX_VALUE);
    }

    static Long optional(String field, String text) {
        return text == null || text.isEmpty() ? null : required(field, text);
    }

    static long required(String field, Long value) {
        if (value == null || value <= 0) {
            throw new InvalidInput(field, field + " must be a positive integer user id");
        }
        return value;
    }
}
