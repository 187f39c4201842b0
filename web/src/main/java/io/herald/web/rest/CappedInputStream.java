package io.herald.web.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read through a byte budget: the read that would go past it throws
 * {@link OverLimit} instead, so an oversized body is refused after at most {@code limit + 1} bytes
 * rather than being read whole.
 */
final class CappedInputStream extends FilterInputStream {

    /** Unchecked so that it passes through the JSON parser, which wraps every IOException. */
    static final class OverLimit extends RuntimeException {
        OverLimit() {
            super("request body over its limit", null, false, false);
        }
    }

    private long remaining;

    CappedInputStream(InputStream in, long limit) {
        super(in);
        this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
        if (remaining == 0) {
            return endOrOverLimit();
        }
        int b = in.read();
        if (b >= 0) {
            remaining--;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (remaining == 0) {
            return endOrOverLimit();
        }
        int n = in.read(buffer, offset, (int) Math.min(length, remaining));
        if (n > 0) {
            remaining -= n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(Math.min(n, remaining));
        remaining -= skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The budget is spent: the body is within it only if nothing follows. */
    private int endOrOverLimit() throws IOException {
        if (in.read() < 0) {
            return -1;
        }
        throw new OverLimit();
    }
}
