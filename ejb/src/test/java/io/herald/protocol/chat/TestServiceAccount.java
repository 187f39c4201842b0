package io.herald.protocol.chat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/** A service account with a key made for the test, and its JSON key file as the Firebase console writes it. */
record TestServiceAccount(KeyPair keys, String json) {

    static TestServiceAccount create(String tokenUri) {
        KeyPair keys;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        String json = "{\"type\":\"service_account\",\"project_id\":\"herald-test\",\"private_key_id\":\"key-1\","
                + "\"private_key\":\"" + pem.replace("\n", "\\n") + "\",\"client_email\":\"push@herald-test.iam.gserviceaccount.com\","
                + "\"client_id\":\"1\",\"token_uri\":\"" + tokenUri + "\"}";
        return new TestServiceAccount(keys, json);
    }

    RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    FcmServiceAccount account() throws FcmServiceAccount.Unusable {
        return FcmServiceAccount.read(json);
    }
}
