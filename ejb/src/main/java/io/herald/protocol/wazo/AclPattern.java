package io.herald.protocol.wazo;

import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * One ACL entry of a token, compiled once to a regular expression with the rules of wazo-auth's
 * access check, the one wazo-websocketd applies to each event's {@code required_acl}:
 * <ul>
 * <li>{@code *} matches any characters but {@code .} and {@code #}: as a whole segment, exactly
 * one segment, which may be empty;</li>
 * <li>{@code #} matches any characters, dots included, which may be none: {@code a.#} matches
 * {@code a.} and {@code a.b.c} but not {@code a}, and inside a segment it crosses dots too
 * ({@code call#} matches {@code call.created});</li>
 * <li>a whole segment {@code me} matches itself or the token's user uuid, and a whole segment
 * {@code edit} matches itself or {@code update} (an action's older name); elsewhere these words
 * are plain text;</li>
 * <li>every other character matches itself.</li>
 * </ul>
 * A leading {@code !} makes the entry a denial; see {@link AclSet}.
 */
public final class AclPattern {

    private final String text;
    private final boolean denial;
    private final Pattern regex;
    /** What every name this pattern matches starts with: most names are refused without the regex. */
    private final String literalPrefix;

    private AclPattern(String text, boolean denial, Pattern regex, String literalPrefix) {
        this.text = text;
        this.denial = denial;
        this.regex = regex;
        this.literalPrefix = literalPrefix;
    }

    /** @param userUuid what {@code me} stands for; null for a token without a user, whose {@code me} is plain text */
    public static AclPattern compile(String text, String userUuid) {
        Objects.requireNonNull(text, "text");
        boolean denial = text.startsWith("!");
        String[] segments = (denial ? text.substring(1) : text).split("\\.", -1);
        Map<String, String> aliases = userUuid == null ? Map.of("edit", "update")
                : Map.of("edit", "update", "me", userUuid);
        // Upstream's expressions are Python's, whose "." stops at a line feed and whose "$" also
        // matches before a final one; UNIX_LINES gives Java's "." and "$" exactly that meaning.
        // The "^" is redundant for lookingAt but spares each Pattern the search tables find() would use.
        StringJoiner regex = new StringJoiner("\\.", "^", "$");
        for (String segment : segments) {
            String alias = aliases.get(segment);
            regex.add(alias == null ? segmentRegex(segment) : either(segment, alias));
        }
        return new AclPattern(text, denial, Pattern.compile(regex.toString(), Pattern.UNIX_LINES),
                literalPrefix(segments, aliases));
    }

    private static String either(String word, String alias) {
        return "(?:" + Pattern.quote(word) + '|' + Pattern.quote(alias) + ')';
    }

    private static String segmentRegex(String segment) {
        StringBuilder regex = new StringBuilder();
        int literalStart = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '*' || c == '#') {
                regex.append(quoteUnlessEmpty(segment.substring(literalStart, i))).append(c == '*' ? "[^.#]*" : ".*");
                literalStart = i + 1;
            }
        }
        return regex.append(quoteUnlessEmpty(segment.substring(literalStart))).toString();
    }

    private static String quoteUnlessEmpty(String literal) {
        return literal.isEmpty() ? "" : Pattern.quote(literal);
    }

    private static String literalPrefix(String[] segments, Map<String, String> aliases) {
        StringBuilder prefix = new StringBuilder();
        for (String segment : segments) {
            int literalEnd = aliases.containsKey(segment) ? 0 : firstWildcard(segment);
            if (literalEnd >= 0) {
                return prefix.append(segment, 0, literalEnd).toString();
            }
            prefix.append(segment).append('.');
        }
        return prefix.substring(0, prefix.length() - 1);
    }

    private static int firstWildcard(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) == '*' || segment.charAt(i) == '#') {
                return i;
            }
        }
        return -1;
    }

    public boolean isDenial() {
        return denial;
    }

    public boolean matches(String name) {
        // lookingAt rather than matches: "$" may stop before a final line feed, as upstream's does.
        return name.startsWith(literalPrefix) && regex.matcher(name).lookingAt();
    }

    @Override
    public String toString() {
        return text;
    }
}
