package io.herald.web.rest;

/**
 * Whole-number query and path parameters, taken as text so that a bad value is a 400 naming the
 * parameter: JAX-RS would answer 404 for a parameter it cannot convert.
 */
public final class NumberParam {

    /** Longer than any long, so it is refused before parsing. */
    private static final int MAX_DIGITS = 19;

    private NumberParam() {
    }

    /** The number in {@code text}, or {@code whenAbsent} when the parameter is missing or empty. */
    public static long orDefault(String field, String text, long whenAbsent, long min, long max) {
        return text == null || text.isEmpty() ? whenAbsent : required(field, text, min, max);
    }

    /** The number in {@code text}, which must be a decimal whole number between min and max. */
    public static long required(String field, String text, long min, long max) {
        if (text == null || text.isEmpty()) {
            throw new InvalidInput(field, field + " is required");
        }
        String digits = text.startsWith("-") ? text.substring(1) : text;
        if (!digits.isEmpty() && digits.length() <= MAX_DIGITS && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                long value = Long.parseLong(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException outOfLongRange) {
                // answered below
            }
        }
        throw new InvalidInput(field, field + " is a whole number " + range(min, max));
    }

    private static String range(long min, long max) {
        return max == Long.MAX_VALUE ? "of at least " + min : "from " + min + " to " + max;
    }
}
