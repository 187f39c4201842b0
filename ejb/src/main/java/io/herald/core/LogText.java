package io.herald.core;

/**
 * Text from outside (a producer's field, a client's frame, a parser's message about either) made
 * fit for a log line or a message property: at most a given length, on one line, so a hostile
 * input can neither fill the log nor forge lines in it.
 */
public final class LogText {

    private LogText() {
    }

    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.length() > max ? text.substring(0, max) : text;
        oneLine = oneLine.replace('\r', ' ').replace('\n', ' ');
        return text.length() > max ? oneLine + "... (" + text.length() + " chars)" : oneLine;
    }
}
