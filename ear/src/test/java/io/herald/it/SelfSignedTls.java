package io.herald.it;

import java.net.Socket;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Test-only TLS trust for the herald-wss listener: it accepts exactly the kind of certificate the
 * build's server generates, a currently valid self-signed certificate for {@code CN=localhost},
 * and nothing else. Tests connect to 127.0.0.1, so the host name is not compared with the
 * certificate (a client in the README trusts the certificate the same way, or adds it to a trust
 * store and connects to {@code localhost}).
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
            tls.init(null, new TrustManager[] {new LocalhostSelfSigned()}, null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class LocalhostSelfSigned extends X509ExtendedTrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("no certificate");
            }
            X509Certificate leaf = chain[0];
            leaf.checkValidity();
            if (!leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal())
                    || !leaf.getSubjectX500Principal().getName().contains("CN=localhost")) {
                throw new CertificateException("not Herald's self-signed localhost certificate: " + leaf.getSubjectX500Principal());
            }
            try {
                leaf.verify(leaf.getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new CertificateException("not self-signed", e);
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
