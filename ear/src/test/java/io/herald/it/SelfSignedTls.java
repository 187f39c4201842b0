package io.herald.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Test-only TLS trust for the herald-wss listener: it accepts exactly the certificate the test server
 * was started with (the build's self-signed {@code herald.test} key store, see
 * {@code src/test/tls/test-keystore.sh}), while valid, and nothing else. Tests connect to 127.0.0.1,
 * so the host name is not compared with the certificate ({@link TlsIT} checks the name; a client in
 * the README trusts the demo certificate the same way, or adds it to a trust store and connects to
 * {@code localhost}).
 */
final class SelfSignedTls {

    private SelfSignedTls() {
    }

    /** An HTTP and WebSocket client for {@code wss://127.0.0.1:<herald.wss.port>}. */
    static HttpClient client() {
        return HttpClient.newBuilder().sslContext(context()).connectTimeout(Herald.WAIT).build();
    }

    /** The same trust for a raw TLS socket. */
    static SSLContext context() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new TestServerCertificate()}, null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate in the key store the build made for the test server's herald-wss listener. */
    static X509Certificate certificate() {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("herald.it.keystore")))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, System.getProperty("herald.it.keystore.password").toCharArray());
            return (X509Certificate) store.getCertificate("herald");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the build's test key store", e);
        }
    }

    private static final class TestServerCertificate extends X509ExtendedTrustManager {

        private final X509Certificate expected = certificate();

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("no certificate");
            }
            X509Certificate leaf = chain[0];
            leaf.checkValidity();
            if (!leaf.equals(expected)) {
                throw new CertificateException("not the test server's certificate: " + leaf.getSubjectX500Principal());
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("this client trusts servers only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
