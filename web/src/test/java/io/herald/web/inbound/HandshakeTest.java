package io.herald.web.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Secrets;
import io.herald.protocol.openbazaar.NodePrincipal;
import io.herald.web.testing.Fakes;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandshakeTest {

    private static final String SECRET = "Bearer s3cret-0123456789";

    @Test
    void forwardingShowsTheRestOfTheChainTheHandshakeAsTheUserPrincipal() throws Exception {
        HttpServletRequest request = Fakes.of(HttpServletRequest.class, Map.of("getHeader", args -> "kept"));
        Handshake handshake = Handshake.Presented.of(SECRET);
        List<Principal> seen = new ArrayList<>();

        handshake.forward(request, null, (forwarded, response) -> {
            seen.add(((HttpServletRequest) forwarded).getUserPrincipal());
            assertEquals("kept", ((HttpServletRequest) forwarded).getHeader("Authorization"));
        });

        assertEquals(List.of(handshake), seen);
    }

    @Test
    void anAuthenticatedPrincipalIsFoundOnlyAsTheTypeAsked() {
        NodePrincipal node = new NodePrincipal("node-1");
        Principal carried = new Handshake.Authenticated(node);

        assertSame(node, Handshake.authenticated(carried, NodePrincipal.class).orElseThrow());
        assertEquals("node-1", carried.getName());
        assertEquals(Optional.empty(), Handshake.authenticated(carried, OtherPrincipal.class));
        assertEquals(Optional.empty(), Handshake.presented(carried));
    }

    @Test
    void whatNoFilterHandedOnIsNeitherAuthenticatedNorPresented() {
        NodePrincipal bare = new NodePrincipal("node-1");

        assertEquals(Optional.empty(), Handshake.authenticated(bare, NodePrincipal.class));
        assertEquals(Optional.empty(), Handshake.authenticated(null, NodePrincipal.class));
        assertEquals(Optional.empty(), Handshake.presented(bare));
        assertEquals(Optional.empty(), Handshake.presented(null));
    }

    @Test
    void presentedCredentialsCarryTheirParametersAndLeaveOutTheOnesNotGiven() {
        Handshake.Presented presented = Handshake.Presented.of(SECRET).with("version", "2").with("absent", null);

        assertSame(presented, Handshake.presented(presented).orElseThrow());
        assertEquals(SECRET, presented.credential());
        assertEquals("2", presented.parameter("version"));
        assertNull(presented.parameter("absent"));
        assertEquals(Map.of("version", "2"), presented.parameters());
    }

    @Test
    void aPresentedCredentialNeverShowsInToString() {
        String text = Handshake.Presented.of(SECRET).with("version", "2").toString();

        assertFalse(text.contains(SECRET), text);
        assertTrue(text.contains(Secrets.REDACTED), text);
        assertTrue(text.contains("version=2"), text);
        assertTrue(Handshake.Presented.of(null).toString().contains("credential=null"), "tells that none was presented");
    }

    private record OtherPrincipal(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }
}
