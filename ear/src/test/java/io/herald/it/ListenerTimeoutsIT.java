package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Silent clients stay connected, half-sent requests do not. Loom and OpenBazaar clients send
 * nothing after subscribing, and WildFly's listeners would close such a connection after 90 s of
 * no reads; the provisioned server must have that timeout off on every listener that serves
 * Herald's WebSockets. Waiting out the 90 s here would cost every test run a minute and a half;
 * the benchmark's full mode holds connections silent for longer (bench/README.md). A request whose
 * headers are not complete within 5 s is closed, on the plain and the TLS listener alike.
 */
class ListenerTimeoutsIT {

    private static final int REQUEST_PARSE_TIMEOUT_MILLIS = 5000;

    /**
     * No read timeout, so silent WebSocket clients stay; a request parse timeout, so half-sent
     * requests do not; and WildFly's no-request-timeout, which closes idle keep-alive connections
     * (and never an upgraded WebSocket), left on.
     */
    @ParameterizedTest
    @ValueSource(strings = {"http-listener=default", "https-listener=herald-wss", "https-listener=https"})
    void theListenerKeepsSilentWebSocketsButNotHalfSentRequests(String listener) throws Exception {
        String output = Herald.cliOutput("/subsystem=undertow/server=default-server/" + listener
                + ":read-resource(include-defaults=true)");
        assertEquals(0, attribute(output, "read-timeout"), listener);
        assertEquals(REQUEST_PARSE_TIMEOUT_MILLIS, attribute(output, "request-parse-timeout"), listener);
        assertTrue(attribute(output, "no-request-timeout") > 0, listener);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /chat/w", "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"})
    void aRequestLeftHalfSentIsClosedByTheServer(String half) throws Exception {
        try (Socket socket = new Socket(Herald.HOST, Herald.HTTP_PORT)) {
            assertClosedByServer(socket, half);
        }
    }

    @Test
    void aRequestLeftHalfSentOnTheWssListenerIsClosedByTheServer() throws Exception {
        try (SSLSocket socket = (SSLSocket) SelfSignedTls.context().getSocketFactory()
                .createSocket(Herald.HOST, Herald.WSS_PORT)) {
            socket.startHandshake();
            assertClosedByServer(socket, "GET /api/websocketd/ HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        }
    }

    /** Sends the start of a request and waits, far longer than the server should, for the end of the stream. */
    private static void assertClosedByServer(Socket socket, String half) throws Exception {
        socket.setSoTimeout(REQUEST_PARSE_TIMEOUT_MILLIS * 6);
        OutputStream out = socket.getOutputStream();
        out.write(half.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        // A read timeout fails the test with SocketTimeoutException: the server kept the connection.
        assertEquals(-1, in.read(), "the server answered a half-sent request instead of closing it");
    }

    private static long attribute(String resource, String name) {
        Matcher value = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*=>\\s*(\\d+)").matcher(resource);
        assertTrue(value.find(), name + " in " + resource);
        return Long.parseLong(value.group(1));
    }
}
