package io.herald.web.inbound;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Joins the parts of one socket's client messages, as the container reads them, up to a limit
 * in bytes. The container's own limit counts each frame on its own, so a message sent as many
 * small fragments would still be buffered whole; here the limit holds for the whole message and
 * nothing past it is kept. The first message over the limit runs {@code refuse} (which closes the
 * socket) and every part after it is dropped.
 *
 * <p>Not thread-safe: the container delivers one socket's parts one at a time, in order.
 */
public final class MessageAssembler {

    private final long maxBytes;
    private final Runnable refuse;
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private long size;
    private boolean refused;

    /**
     * @param maxBytes the largest message accepted, in bytes (UTF-8 for text)
     * @param refuse   runs once, on the first part that takes a message past the limit
     */
    public MessageAssembler(long maxBytes, Runnable refuse) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("a message limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.refuse = refuse;
    }

    /**
     * One part of a text message; the whole message once its last part came, else empty. The
     * container has checked the part's UTF-8 (across fragments too) and cuts parts between
     * characters only, so joining parts never breaks a character; a message that is not UTF-8
     * fails the connection before its last part comes.
     */
    public Optional<String> text(String part, boolean last) {
        if (!admit(utf8Length(part))) {
            return Optional.empty();
        }
        if (!last) {
            text.append(part);
            return Optional.empty();
        }
        size = 0;
        if (text.isEmpty()) {
            return Optional.of(part);
        }
        String whole = text.append(part).toString();
        text.setLength(0);
        return Optional.of(whole);
    }

    /** One part of a binary message; the whole message once its last part came, else empty. */
    public Optional<ByteBuffer> binary(ByteBuffer part, boolean last) {
        if (!admit(part.remaining())) {
            return Optional.empty();
        }
        if (!last) {
            copy(part);
            return Optional.empty();
        }
        size = 0;
        if (binary.size() == 0) {
            return Optional.of(part);
        }
        copy(part);
        ByteBuffer whole = ByteBuffer.wrap(binary.toByteArray());
        binary.reset();
        return Optional.of(whole);
    }

    /** Whether a message went over the limit; the socket is closing and nothing more is taken. */
    public boolean refused() {
        return refused;
    }

    private boolean admit(long bytes) {
        if (refused) {
            return false;
        }
        size += bytes;
        if (size <= maxBytes) {
            return true;
        }
        refused = true;
        text.setLength(0);
        text.trimToSize();
        binary.reset();
        refuse.run();
        return false;
    }

    private void copy(ByteBuffer part) {
        byte[] bytes = new byte[part.remaining()];
        part.get(bytes);
        binary.writeBytes(bytes);
    }

    /** The UTF-8 length of the text without encoding it; a surrogate pair counts its four bytes. */
    static long utf8Length(CharSequence part) {
        long bytes = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800 || Character.isSurrogate(c)) {
                bytes += 2;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
