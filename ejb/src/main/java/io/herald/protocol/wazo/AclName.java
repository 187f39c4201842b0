package io.herald.protocol.wazo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A concrete ACL such as {@code events.calls.8f1c...}, split into its dot-separated segments once
 * (when the event is mapped), so that checking it against thousands of clients' patterns never
 * splits it again.
 */
public final class AclName {

    private final String text;
    private final String[] segments;

    private AclName(String text, String[] segments) {
        this.text = text;
        this.segments = segments;
    }

    public static AclName of(String text) {
        Objects.requireNonNull(text, "text");
        List<String> parts = new ArrayList<>(8);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return new AclName(text, parts.toArray(String[]::new));
    }

    public String text() {
        return text;
    }

    int size() {
        return segments.length;
    }

    String segment(int index) {
        return segments[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AclName name && name.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
