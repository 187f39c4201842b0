package io.herald.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Secrets;
import io.herald.web.admin.ChatTokensResource;
import io.herald.web.admin.EwalletDirectoryResource;
import io.herald.web.admin.OpenBazaarNodesResource;
import io.herald.web.admin.WazoTokensResource;
import io.herald.web.inbound.Handshake;
import io.herald.web.protocol.chat.ChatFrame;
import io.herald.web.protocol.wazo.WazoOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every record of the web module that carries a secret keeps it out of its toString. */
class SecretRedactionTest {

    private static final String SECRET = "s3cret-0123456789";

    @Test
    void whatClientsPresentAtTheHandshake() {
        assertRedacted(Handshake.Presented.of("Bearer " + SECRET));
        assertRedacted(Handshake.Presented.of(SECRET).with("version", "2"));
    }

    @Test
    void framesCarryingTokens() {
        assertRedacted(new WazoOp.Token(SECRET));
        assertRedacted(new ChatFrame.Auth("sign in", SECRET));
    }

    @Test
    void adminRequestsAndAnswersCarryingSecrets() {
        assertRedacted(new WazoTokensResource.TokenRequest(SECRET, null, "u", "t", List.of(), null, null, null));
        assertRedacted(new WazoTokensResource.TokenRequest(null, SECRET, "u", "t", List.of(), null, null, null));
        assertRedacted(new WazoTokensResource.IssuedToken(SECRET, "0123456789abcdef", "u", "t", List.of(), "x", false,
                false));
        assertRedacted(new ChatTokensResource.TokenRequest(1L, SECRET, null));
        assertRedacted(new ChatTokensResource.IssuedToken(SECRET, "hash", 1L, null, false, null));
        assertRedacted(new OpenBazaarNodesResource.NodeRequest(true, "alice", SECRET, null, List.of()));
        assertRedacted(new OpenBazaarNodesResource.NodeRequest(true, null, null, SECRET, List.of()));
        assertRedacted(new EwalletDirectoryResource.ProviderKeyRequest(SECRET, true));
        assertRedacted(new EwalletDirectoryResource.TokenRequest(SECRET, null));
        assertRedacted(new EwalletDirectoryResource.TokenView("usr", SECRET, null));
        assertRedacted(new EwalletDirectoryResource.RevocationRequest(SECRET));
    }

    private static void assertRedacted(Object record) {
        String text = record.toString();
        assertFalse(text.contains(SECRET), text);
        assertTrue(text.contains(Secrets.REDACTED), text);
    }
}
