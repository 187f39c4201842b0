package io.herald.it;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A bare RFC 6455 client over a plain or TLS socket, for what the JDK's client refuses to send:
 * text frames whose payload is not UTF-8, fragments cut inside a character, any opcode. It writes
 * masked frames exactly as given and reads the server's frames one by one; every read waits at
 * most {@link Herald#WAIT}.
 */
final class RawWebSocket implements AutoCloseable {

    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One frame from the server; control frames are handed over too. */
    record Frame(int opcode, boolean fin, byte[] payload) {

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** The close code, or 1005 (no status) when the close frame carries none. */
        int closeCode() {
            return payload.length < 2 ? 1005 : (payload[0] & 0xFF) << 8 | payload[1] & 0xFF;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Upgrades {@code ws://127.0.0.1:<herald.http.port><path>} with the given extra request headers. */
    static RawWebSocket connect(String path, Map<String, String> headers) throws Exception {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(Herald.HOST, Herald.HTTP_PORT), (int) Herald.WAIT.toMillis());
        return upgrade(plain, Herald.HTTP_PORT, path, headers);
    }

    /** The same on the TLS listener {@code wss://127.0.0.1:<herald.wss.port>}, trusting its self-signed certificate. */
    static RawWebSocket connectTls(String path, Map<String, String> headers) throws Exception {
        Socket tls = SelfSignedTls.context().getSocketFactory().createSocket();
        tls.connect(new InetSocketAddress(Herald.HOST, Herald.WSS_PORT), (int) Herald.WAIT.toMillis());
        return upgrade(tls, Herald.WSS_PORT, path, headers);
    }

    private static RawWebSocket upgrade(Socket socket, int port, String path, Map<String, String> headers)
            throws Exception {
        socket.setSoTimeout((int) Herald.WAIT.toMillis());
        RawWebSocket client = new RawWebSocket(socket);
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String key = Base64.getEncoder().encodeToString(nonce);
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n")
                .append("Host: ").append(Herald.HOST).append(':').append(port).append("\r\n")
                .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
                .append("Sec-WebSocket-Key: ").append(key).append("\r\nSec-WebSocket-Version: 13\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        client.out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        client.out.flush();

        String response = client.responseHead();
        String expectedAccept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.ISO_8859_1)));
        String acceptHeader = "Sec-WebSocket-Accept:";
        boolean accepted = response.lines().anyMatch(line -> line.regionMatches(true, 0, acceptHeader, 0,
                acceptHeader.length()) && line.substring(acceptHeader.length()).trim().equals(expectedAccept));
        if (!response.startsWith("HTTP/1.1 101") || !accepted) {
            client.close();
            throw new AssertionError("upgrade refused:\n" + response);
        }
        return client;
    }

    /** The response's status line and headers, read byte by byte so no frame byte is taken with them. */
    private String responseHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed in the upgrade response: " + head);
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** One masked frame, as given: any opcode, final or not, any payload bytes. */
    void send(int opcode, boolean fin, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
        frame.write((fin ? 0x80 : 0) | opcode);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length <= 0xFFFF) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >>> shift));
            }
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    void sendText(String text) throws IOException {
        send(TEXT, true, text.getBytes(StandardCharsets.UTF_8));
    }

    /** One message of the given type, a frame per part: the first carries the opcode, the rest continue it. */
    void sendFragments(int opcode, byte[]... parts) throws IOException {
        for (int i = 0; i < parts.length; i++) {
            send(i == 0 ? opcode : CONTINUATION, i == parts.length - 1, parts[i]);
        }
    }

    /** The next frame the server sends, whatever it is; fails the test if none comes within the wait. */
    Frame next() throws IOException {
        try {
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            long length = second & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            if ((second & 0x80) != 0 || length > Integer.MAX_VALUE) {
                throw new AssertionError("a server frame must be unmasked and of a sane length: " + length);
            }
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            return new Frame(first & 0x0F, (first & 0x80) != 0, payload);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no frame within " + Herald.WAIT);
        }
    }

    /** The next text frame, answering pings and skipping any text that contains {@code skipping}. */
    String nextText(String skipping) throws IOException {
        while (true) {
            Frame frame = next();
            if (frame.opcode() == PING) {
                send(PONG, true, frame.payload());
            } else if (frame.opcode() == CLOSE) {
                throw new AssertionError("closed with " + frame.closeCode() + " while a text frame was awaited");
            } else if (frame.opcode() == TEXT && (skipping == null || !frame.text().contains(skipping))) {
                return frame.text();
            }
        }
    }

    String nextText() throws IOException {
        return nextText((String) null);
    }

    /** The next text frame, waiting at most {@code wait} for each frame. */
    String nextText(java.time.Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        try {
            return nextText((String) null);
        } finally {
            socket.setSoTimeout((int) Herald.WAIT.toMillis());
        }
    }

    /** The server's close frame with its code, and the text frames that came before it. */
    record Closed(int code, List<String> textsBefore) {
    }

    /** Reads up to the server's close frame, answering pings on the way. */
    Closed awaitClose() throws IOException {
        List<String> texts = new ArrayList<>();
        while (true) {
            Frame frame = next();
            switch (frame.opcode()) {
                case CLOSE -> {
                    return new Closed(frame.closeCode(), texts);
                }
                case PING -> send(PONG, true, frame.payload());
                case TEXT -> texts.add(frame.text());
                default -> {
                    // continuation and binary frames: no Herald endpoint sends them
                }
            }
        }
    }

    /** Starts the closing handshake with 1000; the server answers once it has read every frame before it. */
    Closed closeNormally() throws IOException {
        send(CLOSE, true, new byte[] {0x03, (byte) 0xE8});
        return awaitClose();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** Bytes from hexadecimal, spaces allowed: {@code hex("C3 28")}. */
    static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    /** The UTF-8 bytes of the text. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The concatenation of the parts. */
    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
