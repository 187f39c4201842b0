package io.herald.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The body the publisher sends and where its send time sits. The send time is wall-clock epoch
 * microseconds, not {@code System.nanoTime()}, because publisher and load client are separate
 * processes (on one machine, so they share the clock).
 */
public final class BenchEvent {

    static final String SENT_KEY = "\"sentMicros\":";
    private static final byte[] SENT_KEY_BYTES = SENT_KEY.getBytes(StandardCharsets.US_ASCII);

    private BenchEvent() {
    }

    /** The current time in epoch microseconds. */
    public static long nowMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /** An OpenBazaar {@code status} message (relayed, never stored) carrying a sequence number and the send time. */
    public static String openBazaarStatus(long seq, long sentMicros) {
        return "{\"status\":{\"bench\":" + seq + "," + SENT_KEY + sentMicros + "}}";
    }

    /** The number after {@code "sentMicros":} in a JSON frame, or -1 when there is none. */
    public static long findSentMicros(ByteBuffer frame) {
        int start = frame.position();
        int end = frame.limit();
        outer:
        for (int i = start; i <= end - SENT_KEY_BYTES.length; i++) {
            for (int k = 0; k < SENT_KEY_BYTES.length; k++) {
                if (frame.get(i + k) != SENT_KEY_BYTES[k]) {
                    continue outer;
                }
            }
            long value = 0;
            int j = i + SENT_KEY_BYTES.length;
            boolean digits = false;
            while (j < end) {
                byte b = frame.get(j);
                if (b < '0' || b > '9') {
                    break;
                }
                value = value * 10 + (b - '0');
                digits = true;
                j++;
            }
            return digits ? value : -1;
        }
        return -1;
    }

    /** Whether {@code frame} (from its position to its limit) contains {@code needle}; the buffer is left unchanged. */
    public static boolean contains(ByteBuffer frame, byte[] needle) {
        outer:
        for (int i = frame.position(); i <= frame.limit() - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (frame.get(i + k) != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
