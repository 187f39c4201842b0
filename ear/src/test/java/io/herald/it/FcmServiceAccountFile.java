package io.herald.it;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/** The service account key file the test servers push as (ear/pom.xml makes it), read back by the ITs. */
final class FcmServiceAccountFile {

    private FcmServiceAccountFile() {
    }

    /** The key's base64 text, as it stands in the file: a secret no log may hold. */
    static String privateKeyBase64() throws IOException {
        String pem = ChatIdentities.json(Files.readString(Path.of(System.getProperty("herald.it.fcm.service-account"))))
                .getString("private_key");
        return pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
    }

    /** The public half of the account's key, to check what it signed. */
    static RSAPublicKey publicKey() throws IOException, GeneralSecurityException {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64())));
        BigInteger exponent = key.getPublicExponent();
        return (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), exponent));
    }
}
