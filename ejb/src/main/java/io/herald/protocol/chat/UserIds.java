package io.herald.protocol.chat;

import java.util.Optional;

/** Chat user ids are positive integers; this is the one place that reads them from text. */
final class UserIds {

    private UserIds() {
    }

    static Optional<Long> parse(String text) {
        if (text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException overflow) {
            return Optional.empty();
        }
    }
}
