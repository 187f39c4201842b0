package io.herald.protocol.ewallet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.protocol.ewallet.EwalletHandshake.Accepted;
import io.herald.protocol.ewallet.EwalletHandshake.Refusal;
import io.herald.protocol.ewallet.EwalletHandshake.Refused;
import io.herald.protocol.ewallet.EwalletPrincipal.ClientUser;
import io.herald.protocol.ewallet.EwalletPrincipal.Provider;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EwalletHandshakeTest {

    private static final String V1 = "application/vnd.omisego.v1+json";
    private static final Provider PROVIDER = new Provider("ak");
    private static final ClientUser ALICE = new ClientUser("api", "usr_alice", "alice-ext");

    private final EwalletHandshake handshake = new EwalletHandshake(new EwalletKeys() {
        @Override
        public Optional<Provider> provider(String accessKey, String secretKey) {
            return accessKey.equals("ak") && secretKey.equals("sk") ? Optional.of(PROVIDER) : Optional.empty();
        }

        @Override
        public Optional<ClientUser> clientUser(String apiKey, String authenticationToken) {
            return apiKey.equals("api") && authenticationToken.equals("tok") ? Optional.of(ALICE) : Optional.empty();
        }
    });

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsAProviderAndAClient() {
        assertEquals(new Accepted(PROVIDER), handshake.authenticate(V1, "OMGProvider " + b64("ak:sk")));
        assertEquals(new Accepted(PROVIDER), handshake.authenticate(V1, "OMGServer " + b64("ak:sk")));
        assertEquals(new Accepted(ALICE), handshake.authenticate(V1, "OMGClient " + b64("api:tok")));
    }

    @Test
    void refusesAnotherMediaTypeBeforeLookingAtKeys() {
        assertEquals(new Refused(Refusal.NOT_VERSION_1_MEDIA_TYPE),
                handshake.authenticate("application/json", "OMGProvider " + b64("ak:sk")));
        assertEquals(new Refused(Refusal.NOT_VERSION_1_MEDIA_TYPE),
                handshake.authenticate(null, "OMGProvider " + b64("ak:sk")));
    }

    @Test
    void refusesMissingAndUnreadableCredentials() {
        assertEquals(new Refused(Refusal.MISSING_CREDENTIALS), handshake.authenticate(V1, null));
        assertEquals(new Refused(Refusal.UNREADABLE_CREDENTIALS), handshake.authenticate(V1, "Basic " + b64("ak:sk")));
        assertEquals(new Refused(Refusal.UNREADABLE_CREDENTIALS), handshake.authenticate(V1, "OMGClient %%%"));
    }

    @Test
    void aKeyLongerThanTheDirectoryHoldsIsUnknownWithoutALookup() {
        EwalletHandshake neverAsks = new EwalletHandshake((EwalletKeys) Proxy.newProxyInstance(
                EwalletKeys.class.getClassLoader(), new Class<?>[] {EwalletKeys.class}, (proxy, method, args) -> {
                    throw new AssertionError("looked up " + method.getName());
                }));
        String tooLong = "k".repeat(EwalletDirectoryUpdate.MAX_ID_LENGTH + 1);
        assertEquals(new Refused(Refusal.UNKNOWN_CREDENTIALS), neverAsks.authenticate(V1, "OMGProvider " + b64(tooLong + ":sk")));
        assertEquals(new Refused(Refusal.UNKNOWN_CREDENTIALS), neverAsks.authenticate(V1, "OMGClient " + b64(tooLong + ":tok")));
    }

    @Test
    void refusesKeysNobodyHolds() {
        assertEquals(new Refused(Refusal.UNKNOWN_CREDENTIALS), handshake.authenticate(V1, "OMGProvider " + b64("ak:wrong")));
        assertEquals(new Refused(Refusal.UNKNOWN_CREDENTIALS), handshake.authenticate(V1, "OMGClient " + b64("ak:sk")));
        // A provider's pair presented as a client's is not a provider.
        assertEquals(new Refused(Refusal.UNKNOWN_CREDENTIALS), handshake.authenticate(V1, "OMGProvider " + b64("api:tok")));
    }
}
