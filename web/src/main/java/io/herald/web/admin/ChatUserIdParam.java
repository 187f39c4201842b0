package io.herald.web.admin;

import io.herald.web.rest.InvalidInput;

/** Chat user ids in the admin API's paths and queries: positive integers, or a 400 naming the field. */
final class ChatUserIdParam {

    private ChatUserIdParam() {
    }

    static long required(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidInput(field, field + " is required");
        }
        return parse(field, text);
    }

    static Long optional(String field, String text) {
        return text == null || text.isEmpty() ? null : parse(field, text);
    }

    static long required(String field, Long value) {
        if (value == null || value <= 0) {
            throw new InvalidInput(field, field + " must be a positive integer user id");
        }
        return value;
    }

    private static long parse(String field, String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidInput(field, field + " must be a positive integer user id");
    }
}
