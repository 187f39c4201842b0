package io.herald.protocol.openbazaar;

import io.herald.core.Secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeGateTest {

    private static final String HASH = Secrets.sha256Hex("pw");

    private static final Map<String, NodeAccess> NODES = Map.of(
            "basic", new NodeAccess("n-basic", true, "basic", HASH, null, Set.of()),
            "upper", new NodeAccess("n-upper", true, "upper", HASH.toUpperCase(), null, Set.of()),
            "off", new NodeAccess("n-off", false, "off", HASH, null, Set.of()),
            "fenced", new NodeAccess("n-fenced", true, "fenced", HASH, null, Set.of("10.0.0.7")),
            "cookie", new NodeAccess("n-cookie", true, null, null, Secrets.sha256Hex("c00kie"), Set.of()));

    private final List<String> lookedUp = new ArrayList<>();

    private final NodeGate gate = new NodeGate(new NodeGate.NodeLookup() {
        @Override
        public Optional<NodeAccess> byUsername(String username) {
            lookedUp.add(username);
            return Optional.ofNullable(NODES.get(username)).filter(NodeAccess::usesBasicAuth);
        }

        @Override
        public Optional<NodeAccess> byCookieSha256(String cookieSha256) {
            lookedUp.add(cookieSha256);
            return NODES.values().stream().filter(n -> cookieSha256.equals(n.cookieSha256())).findFirst();
        }
    });

    private Optional<String> admit(String ip, String user, String password, String cookie) {
        return gate.admit(new HandshakeCredentials(ip,
                        user == null ? Optional.empty() : Optional.of(new HandshakeCredentials.Basic(user, password)),
                        Optional.ofNullable(cookie)))
                .map(NodePrincipal::nodeId);
    }

    @Test
    void basicCredentialsAdmitTheirNode() {
        assertEquals(Optional.of("n-basic"), admit("127.0.0.1", "basic", "pw", null));
        assertEquals(Optional.empty(), admit("127.0.0.1", "basic", "wrong", null));
        assertEquals(Optional.empty(), admit("127.0.0.1", "nobody", "pw", null));
    }

    @Test
    void theStoredHashIsComparedCaseInsensitively() {
        assertEquals(Optional.of("n-upper"), admit("127.0.0.1", "upper", "pw", null));
    }

    @Test
    void aDisabledNodeIsRefusedEvenWithTheRightPassword() {
        assertEquals(Optional.empty(), admit("127.0.0.1", "off", "pw", null));
    }

    @Test
    void allowedIpsFenceTheNodeWhenSet() {
        assertEquals(Optional.empty(), admit("127.0.0.1", "fenced", "pw", null));
        assertEquals(Optional.of("n-fenced"), admit("10.0.0.7", "fenced", "pw", null));
    }

    @Test
    void theCookieAdmitsANodeWithoutPasswordButNotOneWithIt() {
        assertEquals(Optional.of("n-cookie"), admit("127.0.0.1", null, null, "c00kie"));
        assertEquals(Optional.empty(), admit("127.0.0.1", null, null, "wrong"));
        assertEquals(Optional.empty(), admit("127.0.0.1", null, null, null));
    }

    @Test
    void aCookieIsLookedUpByItsHashNeverInTheClear() {
        admit("127.0.0.1", null, null, "c00kie");
        assertEquals(List.of(Secrets.sha256Hex("c00kie")), lookedUp);
    }

    @Test
    void theCookiesHashNamesNoNodeWhenPresentedAsTheCookie() {
        assertEquals(Optional.empty(), admit("127.0.0.1", null, null, Secrets.sha256Hex("c00kie")));
    }

    @Test
    void credentialsLongerThanTheAdminApiAcceptsNameNoNodeAndAreNotLookedUp() {
        assertEquals(Optional.empty(), admit("127.0.0.1", "u".repeat(101), "pw", null));
        assertEquals(Optional.empty(), admit("127.0.0.1", null, null, "c".repeat(201)));
        assertEquals(List.of(), lookedUp);

        admit("127.0.0.1", "u".repeat(100), "pw", "c".repeat(200));
        assertEquals(List.of("u".repeat(100), Secrets.sha256Hex("c".repeat(200))), lookedUp);
    }

    @Test
    void basicHeadersParseOrGiveNothing() {
        assertEquals(Optional.of(new HandshakeCredentials.Basic("a", "b:c")),
                HandshakeCredentials.parseBasic("Basic YTpiOmM="));
        assertEquals(Optional.empty(), HandshakeCredentials.parseBasic("Bearer YTpiOmM="));
        assertEquals(Optional.empty(), HandshakeCredentials.parseBasic("Basic !!!"));
        assertEquals(Optional.empty(), HandshakeCredentials.parseBasic("Basic bm9jb2xvbg=="));
        assertEquals(Optional.empty(), HandshakeCredentials.parseBasic(null));
    }
}
