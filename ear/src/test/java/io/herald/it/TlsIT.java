package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TLS policy of both HTTPS listeners (TLS 1.3 and 1.2, forward-secret AEAD suites only), and the
 * operator's certificate on herald-wss. The JDK client would refuse the legacy protocols and suites
 * on its own; the failsafe configuration re-enables them for this JVM, and every refusal is checked
 * to be the server's alert, not a local error.
 */
class TlsIT {

    /** WildFly's own https listener, shifted like every other port. */
    private static final int HTTPS_PORT = 8443 + Integer.getInteger("herald.port.offset", 0);
    /** The name in the certificate the test server's herald-wss listener was given. */
    private static final String CERTIFICATE_HOST = "herald.test";

    record Listener(String name, int port) {
        @Override
        public String toString() {
            return name + " " + port;
        }
    }

    static Stream<Listener> listeners() {
        return Stream.of(new Listener("herald-wss", Herald.WSS_PORT), new Listener("https", HTTPS_PORT));
    }

    static Stream<Arguments> legacyProtocols() {
        return listeners().flatMap(listener -> Stream.of("TLSv1", "TLSv1.1").map(p -> Arguments.of(listener, p)));
    }

    /** Static RSA key exchange (no forward secrecy), DHE, and CBC suites with SHA-1 or SHA-384 MACs. */
    static Stream<Arguments> refusedTls12Suites() {
        return listeners().flatMap(listener -> Stream.of("TLS_RSA_WITH_AES_128_CBC_SHA",
                "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
                "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")
                .map(suite -> Arguments.of(listener, suite)));
    }

    static Stream<Arguments> acceptedSuites() {
        return listeners().flatMap(listener -> Stream.of(
                Arguments.of(listener, "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
                Arguments.of(listener, "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"),
                Arguments.of(listener, "TLSv1.2", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"),
                Arguments.of(listener, "TLSv1.3", "TLS_AES_128_GCM_SHA256"),
                Arguments.of(listener, "TLSv1.3", "TLS_AES_256_GCM_SHA384"),
                Arguments.of(listener, "TLSv1.3", "TLS_CHACHA20_POLY1305_SHA256")));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("legacyProtocols")
    void legacyProtocolsAreRefused(Listener listener, String protocol) {
        assertRefused("protocol_version", () -> handshake(listener.port(), List.of(protocol), null));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("refusedTls12Suites")
    void tls12SuitesWithoutForwardSecrecyOrAeadAreRefused(Listener listener, String suite) {
        assertRefused("handshake_failure", () -> handshake(listener.port(), List.of("TLSv1.2"), List.of(suite)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listeners")
    void aClientWithTheJdkDefaultsGetsTls13(Listener listener) throws Exception {
        assertEquals("TLSv1.3", handshake(listener.port(), null, null).getProtocol());
    }

    @ParameterizedTest(name = "{0} accepts {1} {2}")
    @MethodSource("acceptedSuites")
    void forwardSecretAeadSuitesAreAccepted(Listener listener, String protocol, String suite) throws Exception {
        SSLSession session = handshake(listener.port(), List.of(protocol), List.of(suite));
        assertEquals(protocol, session.getProtocol());
        assertEquals(suite, session.getCipherSuite());
    }

    /**
     * The test server starts with herald.wss.keystore.path/password naming the build's key store for
     * herald.test: a client that trusts that certificate and checks the host name, as any browser
     * does, connects under that name (the generated localhost certificate would fail both checks).
     */
    @Test
    void theWssListenerServesTheKeyStoreItIsConfiguredWith() throws Exception {
        X509Certificate expected = SelfSignedTls.certificate();
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("herald-test", expected);
        TrustManagerFactory pkix = TrustManagerFactory.getInstance("PKIX");
        pkix.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, pkix.getTrustManagers(), null);

        try (Socket tcp = connect(Herald.WSS_PORT);
                SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(tcp, CERTIFICATE_HOST, Herald.WSS_PORT, true)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setServerNames(List.of(new SNIHostName(CERTIFICATE_HOST)));
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            assertEquals(expected, socket.getSession().getPeerCertificates()[0]);
        }
    }

    private static void assertRefused(String alert, Handshake handshake) {
        SSLException refused = assertThrows(SSLException.class, handshake::run);
        assertTrue(String.valueOf(refused.getMessage()).contains("Received fatal alert: " + alert),
                () -> "expected the server's " + alert + " alert, got " + refused);
    }

    @FunctionalInterface
    private interface Handshake {
        void run() throws Exception;
    }

    /**
     * One handshake with the given protocols and suites (null: the JDK's defaults). Only the
     * negotiation is under test here, so any certificate is accepted.
     */
    private static SSLSession handshake(int port, List<String> protocols, List<String> suites) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new AnyCertificate()}, null);
        try (Socket tcp = connect(port);
                SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(tcp, Herald.HOST, port, true)) {
            if (protocols != null) {
                socket.setEnabledProtocols(protocols.toArray(String[]::new));
            }
            if (suites != null) {
                socket.setEnabledCipherSuites(suites.toArray(String[]::new));
            }
            socket.startHandshake();
            return socket.getSession();
        }
    }

    private static Socket connect(int port) throws Exception {
        Socket tcp = new Socket(Herald.HOST, port);
        tcp.setSoTimeout((int) Herald.WAIT.toMillis());
        return tcp;
    }

    private static final class AnyCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("this client trusts servers only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
