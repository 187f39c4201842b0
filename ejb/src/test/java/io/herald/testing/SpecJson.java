package io.herald.testing;

/** Turns a pretty-printed example of the protocol document into the compact text Herald sends. */
public final class SpecJson {

    private SpecJson() {
    }

    /** {@code pretty} without the white space outside its strings. */
    public static String compact(String pretty) {
        StringBuilder out = new StringBuilder(pretty.length());
        boolean inString = false;
        for (int i = 0; i < pretty.length(); i++) {
            char c = pretty.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(pretty.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
