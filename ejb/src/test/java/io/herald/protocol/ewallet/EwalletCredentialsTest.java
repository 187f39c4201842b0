package io.herald.protocol.ewallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.protocol.ewallet.EwalletCredentials.Failure;
import io.herald.protocol.ewallet.EwalletCredentials.Invalid;
import io.herald.protocol.ewallet.EwalletCredentials.Kind;
import io.herald.protocol.ewallet.EwalletCredentials.Valid;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EwalletCredentialsTest {

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAProviderKeyPair() {
        assertEquals(new Valid(new EwalletCredentials(Kind.PROVIDER, "access", "secret")),
                EwalletCredentials.parse("OMGProvider " + b64("access:secret")));
    }

    @Test
    void acceptsTheOlderServerSpelling() {
        assertEquals(new Valid(new EwalletCredentials(Kind.PROVIDER, "access", "secret")),
                EwalletCredentials.parse("OMGServer " + b64("access:secret")));
    }

    @Test
    void readsAClientKeyAndToken() {
        assertEquals(new Valid(new EwalletCredentials(Kind.CLIENT, "api_key", "auth_token")),
                EwalletCredentials.parse("OMGClient " + b64("api_key:auth_token")));
    }

    @Test
    void theSecretMayItselfHoldColons() {
        assertEquals(new Valid(new EwalletCredentials(Kind.CLIENT, "k", "a:b:c")),
                EwalletCredentials.parse("OMGClient " + b64("k:a:b:c")));
    }

    @Test
    void theSchemeIsCaseInsensitiveAndSurroundingSpaceIgnored() {
        assertEquals(new Valid(new EwalletCredentials(Kind.PROVIDER, "a", "s")),
                EwalletCredentials.parse("  omgprovider   " + b64("a:s") + " "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingHeaderIsMissing(String header) {
        assertEquals(new Invalid(Failure.MISSING), EwalletCredentials.parse(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic YTpi", "Bearer YTpi", "OMGProviderYTpi", "OMGProvider", "OMG YTpi"})
    void anotherSchemeIsRefused(String header) {
        assertEquals(new Invalid(Failure.UNKNOWN_SCHEME), EwalletCredentials.parse(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OMGProvider not*base64", "OMGClient YTpi!", "OMGClient Y", "OMGProvider /w=="})
    void badBase64IsRefused(String header) {
        assertEquals(new Invalid(Failure.BAD_BASE64), EwalletCredentials.parse(header));
    }

    @Test
    void aPairWithoutColonIsRefused() {
        assertEquals(new Invalid(Failure.NO_COLON), EwalletCredentials.parse("OMGClient " + b64("nocolon")));
    }

    @ParameterizedTest
    @ValueSource(strings = {":secret", "key:", ":"})
    void anEmptyHalfIsRefused(String pair) {
        assertEquals(new Invalid(Failure.EMPTY_KEY_OR_SECRET), EwalletCredentials.parse("OMGProvider " + b64(pair)));
    }

    @Test
    void theSecretStaysOutOfToString() {
        assertFalse(new EwalletCredentials(Kind.CLIENT, "k", "t0ps3cret").toString().contains("t0ps3cret"));
    }

    @Test
    void acceptsOnlyTheVersion1MediaType() {
        assertTrue(EwalletCredentials.acceptsVersion1("application/vnd.omisego.v1+json"));
        assertFalse(EwalletCredentials.acceptsVersion1("application/vnd.omisego.v2+json"));
        assertFalse(EwalletCredentials.acceptsVersion1("application/json"));
        assertFalse(EwalletCredentials.acceptsVersion1("application/vnd.omisego.v1+json; charset=utf-8"));
        assertFalse(EwalletCredentials.acceptsVersion1(null));
    }
}
