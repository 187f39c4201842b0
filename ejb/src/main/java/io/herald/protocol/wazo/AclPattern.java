package io.herald.protocol.wazo;

import java.util.Objects;

/**
 * One ACL entry of a token, compiled once. A pattern is a dot-separated list of segments:
 * <ul>
 * <li>{@code *} matches exactly one segment, which may be empty;</li>
 * <li>{@code #} matches any run of characters, dots included, which may be empty (as a whole
 * segment it therefore covers one or more segments of the name: {@code a.#} matches {@code a.}
 * and {@code a.b.c} but not {@code a});</li>
 * <li>{@code me} matches the literal {@code me} and the token's user uuid;</li>
 * <li>inside a longer segment ({@code call*}), {@code *} and {@code #} match any characters of
 * that one segment;</li>
 * <li>anything else matches itself.</li>
 * </ul>
 * A leading {@code !} makes the entry a denial; see {@link AclSet}.
 */
public final class AclPattern {

    private final String text;
    private final boolean denial;
    private final Segment[] segments;
    private final boolean hasRun;

    private AclPattern(String text, boolean denial, Segment[] segments) {
        this.text = text;
        this.denial = denial;
        this.segments = segments;
        boolean run = false;
        for (Segment segment : segments) {
            run |= segment == Run.INSTANCE;
        }
        this.hasRun = run;
    }

    /** @param userUuid what {@code me} stands for; null for a token without a user */
    public static AclPattern compile(String text, String userUuid) {
        Objects.requireNonNull(text, "text");
        boolean denial = text.startsWith("!");
        AclName body = AclName.of(denial ? text.substring(1) : text);
        Segment[] segments = new Segment[body.size()];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = Segment.of(body.segment(i), userUuid);
        }
        return new AclPattern(text, denial, segments);
    }

    public boolean isDenial() {
        return denial;
    }

    public boolean matches(String name) {
        return matches(AclName.of(name));
    }

    public boolean matches(AclName name) {
        if (name.size() < segments.length || (!hasRun && name.size() != segments.length)) {
            return false;
        }
        return matchFrom(0, name, 0);
    }

    /** The literal the first segment must equal, or null when the first segment is a wildcard. */
    String firstLiteral() {
        return segments[0] instanceof Literal literal ? literal.text() : null;
    }

    /** The user uuid a leading {@code me} also stands for, or null. */
    Me firstMe() {
        return segments[0] instanceof Me me ? me : null;
    }

    private boolean matchFrom(int p, AclName name, int n) {
        while (p < segments.length) {
            Segment segment = segments[p];
            if (segment == Run.INSTANCE) {
                int segmentsAfter = segments.length - p - 1;
                if (segmentsAfter == 0) {
                    return n < name.size();
                }
                // The run covers segments n..end-1 of the name; try every end that leaves room.
                for (int end = n + 1; end <= name.size() - segmentsAfter; end++) {
                    if (matchFrom(p + 1, name, end)) {
                        return true;
                    }
                }
                return false;
            }
            if (n >= name.size() || !segment.matches(name.segment(n))) {
                return false;
            }
            p++;
            n++;
        }
        return n == name.size();
    }

    @Override
    public String toString() {
        return text;
    }

    sealed interface Segment permits Literal, Me, One, Run, Glob {

        boolean matches(String segment);

        static Segment of(String text, String userUuid) {
            if (text.equals("*")) {
                return One.INSTANCE;
            }
            if (text.equals("#")) {
                return Run.INSTANCE;
            }
            if (text.equals("me")) {
                return new Me(userUuid);
            }
            if (text.indexOf('*') >= 0 || text.indexOf('#') >= 0) {
                return new Glob(text);
            }
            return new Literal(text);
        }
    }

    record Literal(String text) implements Segment {
        @Override
        public boolean matches(String segment) {
            return text.equals(segment);
        }
    }

    record Me(String userUuid) implements Segment {
        @Override
        public boolean matches(String segment) {
            return segment.equals("me") || segment.equals(userUuid);
        }
    }

    enum One implements Segment {
        INSTANCE;

        @Override
        public boolean matches(String segment) {
            return true;
        }
    }

    /** Only meaningful to {@link #matchFrom}: it spans segments. */
    enum Run implements Segment {
        INSTANCE;

        @Override
        public boolean matches(String segment) {
            return true;
        }
    }

    /** A segment mixing characters and wildcards, matched within that one segment. */
    record Glob(String pattern) implements Segment {
        @Override
        public boolean matches(String segment) {
            // Greedy match with backtracking to the last wildcard: linear for one wildcard kind.
            int p = 0;
            int s = 0;
            int lastWildcard = -1;
            int resumeAt = 0;
            while (s < segment.length()) {
                if (p < pattern.length() && isWildcard(pattern.charAt(p))) {
                    lastWildcard = p++;
                    resumeAt = s;
                } else if (p < pattern.length() && pattern.charAt(p) == segment.charAt(s)) {
                    p++;
                    s++;
                } else if (lastWildcard >= 0) {
                    p = lastWildcard + 1;
                    s = ++resumeAt;
                } else {
                    return false;
                }
            }
            while (p < pattern.length() && isWildcard(pattern.charAt(p))) {
                p++;
            }
            return p == pattern.length();
        }

        private static boolean isWildcard(char c) {
            return c == '*' || c == '#';
        }
    }
}
